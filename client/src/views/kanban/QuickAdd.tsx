/** «Добавить карточку» at the bottom of a stage: a title, Enter, and the next one. */
import { useId, useState, type FormEvent } from 'react'
import type * as Y from 'yjs'
import { createCard, KANBAN_LIMITS } from '../../../../shared/schema/kanban.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { PlusIcon } from '../../components/icons.js'

export interface QuickAddProps {
  doc: Y.Doc
  stageId: string
  stageName: string
  author: string
  open: boolean
  onOpen(open: boolean): void
  /** Says what was added (for the screen-reader status line). */
  onAdded(message: string): void
}

export function QuickAdd({ doc, stageId, stageName, author, open, onOpen, onAdded }: QuickAddProps) {
  const { t } = useI18n()
  const [title, setTitle] = useState('')
  const [missing, setMissing] = useState(false)
  // After the form closes, the focus goes back to the button that opened it.
  const [refocus, setRefocus] = useState(false)
  const id = useId()
  const close = () => {
    setRefocus(true)
    onOpen(false)
  }

  if (!open) {
    return (
      <button type="button" className="button button--quiet kanban__add" autoFocus={refocus} onClick={() => onOpen(true)}>
        <PlusIcon />
        {t('kanban.add')}
      </button>
    )
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const clean = title.trim()
    if (!clean) {
      setMissing(true)
      return
    }
    createCard(doc, { title: clean, stage: stageId, createdBy: author })
    onAdded(t('kanban.added', { title: clean, stage: stageName }))
    // The form stays open for the next idea.
    setTitle('')
    setMissing(false)
  }

  return (
    <form className="kanban__quick" onSubmit={submit} noValidate>
      <label className="sr-only" htmlFor={id}>
        {t('kanban.addLabel', { stage: stageName })}
      </label>
      <textarea
        id={id}
        className="input kanban__quick-input"
        rows={2}
        value={title}
        maxLength={KANBAN_LIMITS.title}
        autoFocus
        placeholder={t('kanban.addPlaceholder')}
        aria-invalid={missing}
        aria-describedby={missing ? `${id}-error` : undefined}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          // Enter adds (a title is one line); Esc closes.
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault()
            e.currentTarget.form?.requestSubmit()
          } else if (e.key === 'Escape') {
            e.preventDefault()
            close()
          }
        }}
      />
      {missing && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {t('kanban.titleRequired')}
        </p>
      )}
      <div className="kanban__quick-actions">
        <button type="submit" className="button button--primary">
          {t('kanban.addSubmit')}
        </button>
        <button type="button" className="button button--quiet" onClick={close}>
          {t('kanban.addClose')}
        </button>
      </div>
    </form>
  )
}
