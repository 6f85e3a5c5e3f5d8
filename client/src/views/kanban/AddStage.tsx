/** The last column: «Добавить этап», then a name for it. */
import { useId, useState, type FormEvent } from 'react'
import type * as Y from 'yjs'
import { addStage, KANBAN_LIMITS } from '../../../../shared/schema/kanban.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { PlusIcon } from '../../components/icons.js'

export function AddStage({ doc }: { doc: Y.Doc }) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [missing, setMissing] = useState(false)
  // After the form closes, the focus goes back to the button that opened it.
  const [refocus, setRefocus] = useState(false)
  const id = useId()
  const close = () => {
    setRefocus(true)
    setOpen(false)
  }

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!name.trim()) {
      setMissing(true)
      return
    }
    addStage(doc, { title: name })
    setName('')
    setMissing(false)
    close()
  }

  return (
    <div className="kanban__column kanban__column--add">
      {open ? (
        <form onSubmit={submit} noValidate className="kanban__quick">
          <label className="field__label" htmlFor={id}>
            {t('kanban.stageAddLabel')}
          </label>
          <input
            id={id}
            className="input"
            value={name}
            maxLength={KANBAN_LIMITS.stageTitle}
            autoFocus
            placeholder={t('kanban.stageAddPlaceholder')}
            aria-invalid={missing}
            aria-describedby={missing ? `${id}-error` : undefined}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') close()
            }}
          />
          {missing && (
            <p id={`${id}-error`} className="field__error" role="alert">
              {t('kanban.stageNameRequired')}
            </p>
          )}
          <div className="kanban__quick-actions">
            <button type="submit" className="button button--primary">
              {t('kanban.stageAdd')}
            </button>
            <button type="button" className="button button--quiet" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button--quiet kanban__add kanban__add--stage" autoFocus={refocus} onClick={() => setOpen(true)}>
          <PlusIcon />
          {t('kanban.stageAdd')}
        </button>
      )}
    </div>
  )
}
