/**
 * Editing a card in a dialog: title, description, tags, owners, due date; its
 * open action items (ticked off at once); delete. Saving writes only the fields
 * changed here, so what others changed meanwhile in other fields stays.
 */
import { useId, useState, type FormEvent } from 'react'
import type * as Y from 'yjs'
import { deleteCard, KANBAN_LIMITS, updateCard, type CardMeta, type CardPatch, type CardSnapshot } from '../../../../shared/schema/kanban.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { CardActions } from './CardActions.js'
import { CardDialogHead } from './CardDialogHead.js'
import { TargetComments } from '../comments/TargetComments.js'
import { splitList } from './stageLabel.js'
import { useModalDialog } from '../../components/useModalDialog.js'

export interface CardDialogProps {
  doc: Y.Doc
  boardId: string
  cardId: string
  /** The card as it is now (null once someone deleted it). */
  card: CardMeta | null
  stageName: string
  onClose(): void
  onDeleted(snapshot: CardSnapshot, title: string): void
}

interface Form {
  title: string
  description: string
  tags: string
  owners: string
  due: string
}

const toForm = (card: CardMeta | null): Form => ({
  title: card?.title ?? '',
  description: card?.description ?? '',
  tags: card?.tags.join(', ') ?? '',
  owners: card?.owners.join(', ') ?? '',
  due: card?.due ?? '',
})

/** The fields that differ from what the dialog opened with. */
function changes(from: Form, to: Form): CardPatch {
  const patch: CardPatch = {}
  if (to.title.trim() !== from.title.trim()) patch.title = to.title
  if (to.description !== from.description) patch.description = to.description
  if (splitList(to.tags).join('\n') !== splitList(from.tags).join('\n')) patch.tags = splitList(to.tags)
  if (splitList(to.owners).join('\n') !== splitList(from.owners).join('\n')) patch.owners = splitList(to.owners)
  if (to.due !== from.due) patch.due = to.due === '' ? null : to.due
  return patch
}

export function CardDialog({ doc, boardId, cardId, card, stageName, onClose, onDeleted }: CardDialogProps) {
  const { t } = useI18n()
  const { ref, onCancel } = useModalDialog(onClose)
  const id = useId()
  const [initial] = useState(() => toForm(card))
  const [form, setForm] = useState(initial)
  const [missing, setMissing] = useState(false)
  const set = (field: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }))


  const save = (e: FormEvent) => {
    e.preventDefault()
    if (!card) return onClose()
    if (form.title.trim() === '') {
      setMissing(true)
      return
    }
    const patch = changes(initial, form)
    if (Object.keys(patch).length > 0) updateCard(doc, cardId, patch)
    onClose()
  }

  const remove = () => {
    const snapshot = deleteCard(doc, cardId)
    onClose()
    if (snapshot) onDeleted(snapshot, card?.title || t('kanban.card.untitled'))
  }

  return (
    <dialog
      ref={ref}
      className="dialog kdialog"
      aria-labelledby={`${id}-title`}
      onCancel={onCancel}
    >
      <form onSubmit={save} noValidate>
        <CardDialogHead titleId={`${id}-title`} title={t('kanban.edit.title')} stageName={stageName} boardId={boardId} cardId={cardId} onClose={onClose} />
        {!card && (
          <p className="notice" role="alert">
            {t('kanban.edit.gone')}
          </p>
        )}
        <fieldset className="kdialog__fields" disabled={!card}>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-name`}>
              {t('kanban.edit.fieldTitle')}
            </label>
            <input
              id={`${id}-name`}
              className="input"
              value={form.title}
              maxLength={KANBAN_LIMITS.title}
              aria-invalid={missing}
              aria-describedby={missing ? `${id}-name-error` : undefined}
              onChange={set('title')}
            />
            {missing && (
              <p id={`${id}-name-error`} className="field__error" role="alert">
                {t('kanban.titleRequired')}
              </p>
            )}
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-desc`}>
              {t('kanban.edit.fieldDescription')}
            </label>
            <textarea
              id={`${id}-desc`}
              className="input kdialog__desc"
              rows={3}
              value={form.description}
              maxLength={KANBAN_LIMITS.description}
              placeholder={t('kanban.edit.descriptionPlaceholder')}
              onChange={set('description')}
            />
          </div>
          <div className="form__row">
            <div className="field">
              <label className="field__label" htmlFor={`${id}-tags`}>
                {t('kanban.edit.fieldTags')}
              </label>
              <input id={`${id}-tags`} className="input" value={form.tags} aria-describedby={`${id}-tags-hint`} onChange={set('tags')} />
              <span id={`${id}-tags-hint`} className="kdialog__hint">
                {t('kanban.edit.tagsHint')}
              </span>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-owners`}>
                {t('kanban.edit.fieldOwners')}
              </label>
              <input id={`${id}-owners`} className="input" value={form.owners} aria-describedby={`${id}-owners-hint`} onChange={set('owners')} />
              <span id={`${id}-owners-hint`} className="kdialog__hint">
                {t('kanban.edit.ownersHint')}
              </span>
            </div>
          </div>
          <div className="field kdialog__due">
            <label className="field__label" htmlFor={`${id}-due`}>
              {t('kanban.edit.fieldDue')}
            </label>
            <input id={`${id}-due`} type="date" className="input" value={form.due} onChange={set('due')} />
          </div>
        </fieldset>
        <CardActions doc={doc} boardId={boardId} cardId={cardId} />
        {card && <TargetComments doc={doc} boardId={boardId} target={{ kind: 'card', id: cardId }} newLabel={t('comments.cardNewLabel')} />}
        <div className="kdialog__actions">
          <button type="button" className="button button--quiet kanban__danger" disabled={!card} onClick={remove}>
            {t('kanban.edit.delete')}
          </button>
          <span className="kdialog__spacer" />
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!card}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
