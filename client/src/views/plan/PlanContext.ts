/** What every part of the plan view reads (cards, owners, who is being edited) and does, without threading props through the months. */
import { createContext, useContext } from 'react'
import type { CardMeta } from '../../../../shared/schema/kanban.js'
import type { PlanItem, PlanStatus } from '../../../../shared/schema/plan.js'
import type { Person } from '../../sync/docRegistry.js'

/** The fields of the create / edit form, as typed. */
export interface PlanValues {
  title: string
  start: string
  end: string | null
  place: string
  owner: string
  status: PlanStatus
  initiativeId: string | null
}

export interface PlanView {
  boardId: string
  /** Today, `YYYY-MM-DD` (local). */
  today: string
  /** The board's cards by id (titles for links, choices for the form). */
  cards: ReadonlyMap<string, CardMeta>
  /** Names used as owners so far (form suggestions). */
  owners: readonly string[]
  /** The month whose "new activity" form is open, or null. */
  creatingIn: string | null
  /** The item being edited, or null. */
  editingId: string | null
  /** Whether a filter hides some activities (an empty month may only look empty). */
  filtering: boolean
  /** Activities others are dragging right now, with who holds each. */
  heldBy: ReadonlyMap<string, Person>
  /** The item just moved or created, highlighted for a moment. */
  flashId: string | null
  startCreate(month: string): void
  startEdit(id: string): void
  closeForm(): void
  create(values: PlanValues): void
  update(id: string, values: PlanValues): void
  setStatus(id: string, status: PlanStatus): void
  remove(item: PlanItem): void
}

export const PlanViewContext = createContext<PlanView | null>(null)

export function usePlanView(): PlanView {
  const value = useContext(PlanViewContext)
  if (!value) throw new Error('PlanViewContext is missing')
  return value
}
