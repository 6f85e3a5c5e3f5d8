/** Adds an action item at the end of a consultation's list: what (required), who, by when. */
import { useId, useRef, useState, type FormEvent } from 'react'
import type * as Y from 'yjs'
import { isIsoDate } from '../../../../shared/schema/board.js'
import { addAction, CONSULTATION_LIMITS } from '../../../../shared/schema/consultation.js'
import { useI18n } from '../../i18n/I18nProvider.js'

export function NewActionForm({ doc, noteId, peopleListId }: { doc: Y.Doc; noteId: string; peopleListId: string }) {
  const { t } = useI18n()
  const [text, setText] = useState('')
  const [owner, setOwner] = useState('')
  const [due, setDue] = useState('')
  const [error, setError] = useState(false)
  const textRef = useRef<HTMLInputElement>(null)
  const ids = { text: useId(), owner: useId(), due: useId(), error: useId() }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!text.trim()) {
      setError(true)
      textRef.current?.focus()
      return
    }
    addAction(doc, { noteId, text, owner, due: isIsoDate(due) ? due : null })
    setText('')
    setOwner('')
    setDue('')
    setError(false)
    // Ready for the next item: people dictate several in a row.
    textRef.current?.focus()
  }

  return (
    <form className="new-action" onSubmit={submit} noValidate>
      <div className="field new-action__text">
        <label className="field__label" htmlFor={ids.text}>
          {t('consultations.newActionText')}
        </label>
        <input
          ref={textRef}
          id={ids.text}
          className="input"
          value={text}
          maxLength={CONSULTATION_LIMITS.action}
          placeholder={t('consultations.newActionPlaceholder')}
          aria-invalid={error}
          aria-describedby={error ? ids.error : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="field new-action__owner">
        <label className="field__label" htmlFor={ids.owner}>
          {t('consultations.owner')}
        </label>
        <input
          id={ids.owner}
          className="input"
          value={owner}
          list={peopleListId}
          maxLength={CONSULTATION_LIMITS.owner}
          placeholder={t('consultations.ownerPlaceholder')}
          onChange={(e) => setOwner(e.target.value)}
        />
      </div>
      <div className="field new-action__due">
        <label className="field__label" htmlFor={ids.due}>
          {t('consultations.due')}
        </label>
        <input id={ids.due} type="date" className="input" value={due} onChange={(e) => setDue(e.target.value)} />
      </div>
      <button type="submit" className="button button--primary new-action__add">
        {t('consultations.addAction')}
      </button>
      {error && (
        <p id={ids.error} className="field__error new-action__error" role="alert">
          {t('consultations.actionRequired')}
        </p>
      )}
    </form>
  )
}
