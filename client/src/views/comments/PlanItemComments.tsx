/** A plan activity's comments button (with its count) and panel; the threads live in the board document. */
import { docId } from '../../../../shared/docId.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { useDoc } from '../../sync/useDoc.js'
import { TargetCommentsButton } from './TargetComments.js'

export function PlanItemComments({ boardId, itemId, title }: { boardId: string; itemId: string; title: string }) {
  const { t } = useI18n()
  // The board is open already (the plan is in it): this borrows the same document.
  const board = useDoc(docId('board', boardId)).entry
  if (!board) return null
  return <TargetCommentsButton doc={board.doc} boardId={boardId} target={{ kind: 'planItem', id: itemId }} title={title} newLabel={t('comments.planNewLabel')} />
}
