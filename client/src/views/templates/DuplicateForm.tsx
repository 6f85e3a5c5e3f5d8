/** Asks the copy's name, then duplicates; a failure is said under the field. */
import { useId, useState, type FormEvent } from 'react'
import { useI18n } from '../../i18n/I18nProvider.js'

export interface DuplicateFormProps {
  initialName: string
  /** Resolves to an error message, or null when done. */
  onSubmit(name: string): Promise<string | null>
  onCancel(): void
}

export function DuplicateForm({ initialName, onSubmit, onCancel }: DuplicateFormProps) {
  const { t } = useI18n()
  const [name, setName] = useState(initialName)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const id = useId()

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (name.trim() === '') {
      setError(t('templates.nameRequired'))
      return
    }
    setBusy(true)
    setError(await onSubmit(name.trim()))
    setBusy(false)
  }

  return (
    <form className="tpl-dup" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id} className="field__label">
          {t('templates.copyNameLabel')}
        </label>
        <input
          id={id}
          className="input"
          value={name}
          maxLength={200}
          autoFocus
          aria-invalid={error !== null}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        />
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('templates.duplicating') : t('templates.makeCopy')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
