/**
 * A card for whoever may only read: the same dialog as the editing one, its
 * fields shown as text, the open action items and the card's comments (which
 * a viewer the curator lets comment can still write).
 */
import { useId } from 'react'
import type * as Y from 'yjs'
import type { CardMeta } from '../../../../shared/schema/kanban.js'
import { formatDate } from '../../i18n/i18n.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { TargetComments } from '../comments/TargetComments.js'
import { CardActions } from './CardActions.js'
import { CardDialogHead } from './CardDialogHead.js'
import { useModalDialog } from '../../components/useModalDialog.js'

export interface CardDetailsProps {
  doc: Y.Doc
  boardId: string
  cardId: string
  card: CardMeta | null
  stageName: string
  onClose(): void
}

function Fact({ label, value }: { label: string; value: string }) {
  const { t } = useI18n()
  return (
    <div className="field">
      <dt className="field__label">{label}</dt>
      <dd className={value ? 'access-value' : 'access-value access-value--empty'}>{value || t('access.noValue')}</dd>
    </div>
  )
}

export function CardDetails({ doc, boardId, cardId, card, stageName, onClose }: CardDetailsProps) {
  const { t, locale } = useI18n()
  const { ref, onCancel } = useModalDialog(onClose)
  const id = useId()


  return (
    <dialog
      ref={ref}
      className="dialog kdialog"
      aria-labelledby={`${id}-title`}
      onCancel={onCancel}
    >
      <CardDialogHead titleId={`${id}-title`} title={card?.title || t('kanban.card.untitled')} stageName={stageName} boardId={boardId} cardId={cardId} onClose={onClose} />
      {!card ? (
        <p className="notice" role="alert">
          {t('kanban.edit.gone')}
        </p>
      ) : (
        <dl className="access-facts access-facts--card">
          <Fact label={t('kanban.edit.fieldDescription')} value={card.description} />
          <Fact label={t('kanban.edit.fieldTags')} value={card.tags.join(', ')} />
          <Fact label={t('kanban.edit.fieldOwners')} value={card.owners.join(', ')} />
          <Fact label={t('kanban.edit.fieldDue')} value={card.due ? formatDate(card.due, locale) : ''} />
        </dl>
      )}
      <CardActions doc={doc} boardId={boardId} cardId={cardId} />
      {card && <TargetComments doc={doc} boardId={boardId} target={{ kind: 'card', id: cardId }} newLabel={t('comments.cardNewLabel')} />}
      <div className="kdialog__actions">
        <span className="kdialog__spacer" />
        <button type="button" className="button" onClick={onClose}>
          {t('kanban.edit.close')}
        </button>
      </div>
    </dialog>
  )
}
