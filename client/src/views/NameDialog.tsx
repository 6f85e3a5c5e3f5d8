/** Asks for the display name others will see. Required on the first visit. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useI18n } from '../i18n/I18nProvider.js'
import { cleanName, NAME_MAX } from '../identity/person.js'

export function NameDialog({ initialName, required, onSave, onClose }: { initialName: string; required: boolean; onSave(name: string): void; onClose(): void }) {
  const { t } = useI18n()
  const ref = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState(initialName)
  const [touched, setTouched] = useState(false)
  const inputId = useId()
  const hintId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    setTouched(true)
    if (!cleanName(name)) return
    onSave(name)
  }
  const empty = touched && !cleanName(name)

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${inputId}-title`}
      onCancel={(e) => {
        // Esc: only closes when a name already exists.
        e.preventDefault()
        if (!required) onClose()
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${inputId}-title`} className="dialog__title">
          {t(required ? 'name.welcomeTitle' : 'name.changeTitle')}
        </h2>
        <p className="dialog__text">{t('name.explain')}</p>
        <label className="field">
          <span className="field__label">{t('name.label')}</span>
          <input
            id={inputId}
            className="input"
            value={name}
            maxLength={NAME_MAX}
            autoComplete="name"
            autoFocus
            placeholder={t('name.placeholder')}
            aria-invalid={empty}
            aria-describedby={empty ? hintId : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {empty && (
          <p id={hintId} className="field__error" role="alert">
            {t('name.required')}
          </p>
        )}
        <div className="dialog__actions">
          {!required && (
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
          )}
          <button type="submit" className="button button--primary">
            {t(required ? 'name.start' : 'common.save')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
