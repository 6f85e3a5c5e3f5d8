/** The «План модуля» tab: the module's activities by month, a timeline of the coming months, filters, drag and drop. */
import { useEffect, useMemo, useState } from 'react'
import type { CardMeta } from '../../../../shared/schema/kanban.js'
import {
  createPlanItem,
  deletePlanItem,
  filterPlan,
  localDay,
  planOwners,
  restorePlanItem,
  updatePlanItem,
  upcomingMonths,
  type PlanItem,
} from '../../../../shared/schema/plan.js'
import { UndoBar, useUndo } from '../../components/UndoBar.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { BoardTabProps } from '../board/tabs.js'
import { useKanbanColumns } from '../initiative/useKanbanColumns.js'
import { PlanViewContext, type PlanValues, type PlanView } from './PlanContext.js'
import { isFiltering, NO_FILTER, PlanFilters, type PlanFilterState } from './PlanFilters.js'
import { planRowId } from './PlanItemRow.js'
import { PlanMonths } from './PlanMonths.js'
import { PlanTimeline } from './PlanTimeline.js'
import { usePlan } from './usePlan.js'
import { usePlanDrags } from './usePlanDrags.js'
import { useFlash, useStoredFlag } from './viewState.js'

/** The current month and this many after it are always shown, even empty. */
const AHEAD = 6

export function PlanTab({ boardId, entry, settled }: BoardTabProps) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const today = localDay(new Date())
  const upcoming = useMemo(() => upcomingMonths(today, AHEAD), [today])
  const plan = usePlan(entry, upcoming)
  const columns = useKanbanColumns(entry)
  const cards = useMemo(() => new Map<string, CardMeta>(columns.flatMap((c) => c.cards).map((c) => [c.id, c])), [columns])
  const owners = useMemo(() => planOwners(plan), [plan])
  const [filter, setFilter] = useState<PlanFilterState>(NO_FILTER)
  const [creatingIn, setCreatingIn] = useState<string | null>(null)
  const [editingId, setEditingId] = useState<string | null>(null)
  const undo = useUndo()
  const [showTimeline, setShowTimeline] = useStoredFlag('impact.plan.timeline', true)
  const [flashId, flash] = useFlash()
  const [heldBy, hold] = usePlanDrags(entry)

  const total = plan.reduce((n, m) => n + m.items.length, 0)
  const filtering = isFiltering(filter)
  const shown = useMemo(
    () => (filtering ? filterPlan(plan, { statuses: filter.statuses.length > 0 ? filter.statuses : undefined, owner: filter.owner || undefined }) : plan),
    [plan, filter, filtering],
  )
  const shownCount = shown.reduce((n, m) => n + m.items.length, 0)
  // A filtered-out owner that nobody uses any more would leave an empty list with no way back.
  useEffect(() => {
    if (filter.owner && !owners.includes(filter.owner)) setFilter((f) => ({ ...f, owner: '' }))
  }, [owners, filter.owner])

  const doc = entry?.doc ?? null

  const view: PlanView = {
    boardId,
    today,
    cards,
    owners,
    creatingIn,
    editingId,
    filtering,
    heldBy,
    flashId,
    startCreate: (month) => {
      setEditingId(null)
      setCreatingIn(month)
    },
    startEdit: (id) => {
      setCreatingIn(null)
      setEditingId(id)
    },
    closeForm: () => {
      setCreatingIn(null)
      setEditingId(null)
    },
    create: (values: PlanValues) => {
      if (!doc) return
      const id = createPlanItem(doc, values)
      setCreatingIn(null)
      flash(id)
    },
    update: (id, values) => {
      if (doc) updatePlanItem(doc, id, values)
      setEditingId(null)
      flash(id)
    },
    setStatus: (id, status) => {
      if (doc) updatePlanItem(doc, id, { status })
    },
    remove: (item: PlanItem) => {
      if (!doc) return
      const snapshot = deletePlanItem(doc, item.id)
      if (snapshot) {
        undo.offer({ message: t('plan.deleted', { title: item.title || t('plan.untitled') }), undo: () => restorePlanItem(doc, snapshot) })
      }
    },
  }

  const pick = (id: string) => {
    const row = document.getElementById(planRowId(id))
    row?.scrollIntoView({ block: 'center', behavior: 'smooth' })
    row?.focus({ preventScroll: true })
    flash(id)
  }

  const empty = settled && total === 0 && creatingIn === null
  return (
    <PlanViewContext.Provider value={view}>
      <section className="section plan" aria-labelledby="plan-title">
        <div className="section__head plan__head">
          <h2 id="plan-title" className="section__title">
            {t('plan.title')}
          </h2>
          {total > 0 && <span className="muted">{t('plan.count', { count: total })}</span>}
          <div className="plan__actions">
            {total > 0 && (
              <button type="button" className="button button--quiet" aria-pressed={showTimeline} onClick={() => setShowTimeline(!showTimeline)}>
                {t(showTimeline ? 'plan.timeline.hide' : 'plan.timeline.show')}
              </button>
            )}
            {entry && !empty && !readOnly && (
              <button type="button" className="button button--primary" onClick={() => view.startCreate(upcoming[0] ?? today.slice(0, 7))}>
                {t('plan.add')}
              </button>
            )}
          </div>
        </div>
        {!settled && total === 0 && <p className="muted">{t('common.loading')}</p>}
        {empty && readOnly && <p className="empty">{t('access.noPlan')}</p>}
        {empty && !readOnly && (
          <div className="empty empty--inline plan-empty">
            <h3 className="empty__title">{t('plan.emptyTitle')}</h3>
            <p>{t('plan.emptyWhat')}</p>
            <p>{t('plan.emptyHow')}</p>
            <button type="button" className="button button--primary" onClick={() => view.startCreate(upcoming[0] ?? today.slice(0, 7))} disabled={!entry}>
              {t('plan.addFirst')}
            </button>
          </div>
        )}
        {total > 0 && <PlanFilters filter={filter} owners={owners} shown={shownCount} total={total} onChange={setFilter} />}
        {total > 0 && showTimeline && <PlanTimeline items={shown.flatMap((m) => m.items)} months={upcoming} today={today} onPick={pick} />}
        {doc && !empty && (total > 0 || creatingIn !== null) && <PlanMonths doc={doc} months={shown} onMoved={flash} onHold={hold} />}
        <UndoBar current={undo.current} dismiss={undo.dismiss} />
      </section>
    </PlanViewContext.Provider>
  )
}
