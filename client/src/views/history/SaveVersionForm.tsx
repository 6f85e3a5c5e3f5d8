/** «Сохранить версию…»: asks a name («Отправлено эксперту») and takes a named version on the server. */
import { useId, useRef, useState, type FormEvent } from 'react'
import type { DocId } from '../../../../shared/docId.js'
import { VERSION_NAME_MAX, type VersionMeta } from '../../../../shared/versions.js'
import { createNamedVersion } from '../../api/versions.js'
import type { MessageKey } from '../../i18n/i18n.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { failureMessage } from './failure.js'

export function SaveVersionForm({ docId, disabled, onSaved }: { docId: DocId; disabled: boolean; onSaved(version: VersionMeta): void }) {
  const { t } = useI18n()
  const id = useId()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [problem, setProblem] = useState<MessageKey | null>(null)
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<string | null>(null)
  const opener = useRef<HTMLButtonElement>(null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const clean = name.replace(/\s+/g, ' ').trim()
    if (!clean) {
      setProblem('history.nameRequired')
      return
    }
    setBusy(true)
    try {
      const version = await createNamedVersion(docId, clean)
      setOpen(false)
      setName('')
      setProblem(null)
      setSaved(clean)
      onSaved(version)
      opener.current?.focus()
    } catch (e) {
      setProblem(failureMessage(e, 'history.saveFailed'))
    } finally {
      setBusy(false)
    }
  }

  if (!open) {
    return (
      <div className="history-save">
        <button ref={opener} type="button" className="button button--primary" disabled={disabled} onClick={() => (setOpen(true), setSaved(null))}>
          {t('history.saveNamed')}
        </button>
        {saved && (
          <p className="history-save__done" role="status">
            {t('history.saved', { name: saved })}
          </p>
        )}
      </div>
    )
  }
  return (
    <form className="history-save history-save--open" onSubmit={submit} noValidate>
      <label className="field" htmlFor={id}>
        <span className="field__label">{t('history.nameLabel')}</span>
      </label>
      <div className="history-save__row">
        <input
          id={id}
          className="input"
          value={name}
          maxLength={VERSION_NAME_MAX}
          autoFocus
          placeholder={t('history.namePlaceholder')}
          aria-invalid={problem === 'history.nameRequired'}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              // Close the form, not the whole sheet.
              e.preventDefault()
              e.stopPropagation()
              setOpen(false)
            }
          }}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field__error" role="alert">
          {t(problem)}
        </p>
      )}
    </form>
  )
}
