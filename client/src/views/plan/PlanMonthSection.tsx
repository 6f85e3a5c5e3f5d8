/** One month of the plan: its heading, its activities (a sortable list and a drop target) and its "add" form. */
import { useDroppable } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import type { PlanItem } from '../../../../shared/schema/plan.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { monthLabel } from './dates.js'
import { monthDropId } from './dropIndex.js'
import { usePlanView } from './PlanContext.js'
import { PlanItemForm } from './PlanItemForm.js'
import { SortablePlanItem } from './PlanItemRow.js'

/** Id of a month's section (tests, the timeline's month labels). */
export const monthSectionId = (month: string) => `plan-month-${month}`

export function PlanMonthSection({ month, items, target }: { month: string; items: readonly PlanItem[]; target: boolean }) {
  const { t, locale } = useI18n()
  const view = usePlanView()
  const { readOnly } = useAccess()
  const { setNodeRef } = useDroppable({ id: monthDropId(month) })
  const label = monthLabel(month, locale)
  const current = view.today.startsWith(month)
  const classes = ['plan-month', current && 'plan-month--current', target && 'plan-month--target'].filter(Boolean).join(' ')
  return (
    <section className={classes} id={monthSectionId(month)} aria-labelledby={`${monthSectionId(month)}-title`} data-month={month}>
      <div className="plan-month__head">
        <h3 className="plan-month__title" id={`${monthSectionId(month)}-title`}>
          {label}
        </h3>
        {items.length > 0 && <span className="plan-month__count">{t('plan.monthCount', { count: items.length })}</span>}
        {view.creatingIn !== month && !readOnly && (
          <button type="button" className="button button--quiet plan-month__add" aria-label={t('plan.addInMonth', { month: label })} onClick={() => view.startCreate(month)}>
            <span aria-hidden="true" className="plan-month__plus" />
            {t('plan.addShort')}
          </button>
        )}
      </div>
      {view.creatingIn === month && <PlanItemForm month={month} />}
      <div ref={setNodeRef} className="plan-month__drop">
        <SortableContext id={monthDropId(month)} items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
          {items.length > 0 ? (
            <ol className="plan-list">
              {items.map((item) => (
                <SortablePlanItem key={item.id} item={item} />
              ))}
            </ol>
          ) : (
            <p className="plan-month__empty">{t(view.filtering ? 'plan.monthFiltered' : readOnly ? 'access.stageEmpty' : 'plan.monthEmpty')}</p>
          )}
        </SortableContext>
      </div>
    </section>
  )
}
