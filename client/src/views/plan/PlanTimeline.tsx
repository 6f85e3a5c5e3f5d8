/** A strip of the coming months with a bar (or a dot) per activity, coloured by status; a bar jumps to its row. */
import type { CSSProperties } from 'react'
import { PLAN_STATUSES, type PlanItem } from '../../../../shared/schema/plan.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { formatSpan, monthShort } from './dates.js'
import { dayPosition, layoutBars } from './timeline.js'

export function PlanTimeline({ items, months, today, onPick }: { items: readonly PlanItem[]; months: readonly string[]; today: string; onPick(id: string): void }) {
  const { t, locale } = useI18n()
  const { bars, lanes, days } = layoutBars(items, months)
  const columns = { gridTemplateColumns: days.map((d) => `${d}fr`).join(' ') }
  const now = dayPosition(today, months)
  return (
    <section className="plan-timeline" aria-labelledby="plan-timeline-title">
      <div className="plan-timeline__head">
        <h3 id="plan-timeline-title" className="plan-timeline__title">
          {t('plan.timeline.title')}
        </h3>
        <ul className="plan-timeline__legend" aria-label={t('plan.timeline.legend')}>
          {PLAN_STATUSES.map((s) => (
            <li key={s}>
              <span className={`plan-dot plan-dot--${s}`} aria-hidden="true" />
              {t(`plan.status.${s}`)}
            </li>
          ))}
        </ul>
      </div>
      <div className="plan-timeline__scroll">
        <div className="plan-timeline__inner">
          <div className="plan-timeline__months" style={columns} aria-hidden="true">
            {months.map((m, i) => (
              <span key={m} className="plan-timeline__month">
                {monthShort(m, locale)}
                {(i === 0 || m.endsWith('-01')) && <span className="plan-timeline__year">{m.slice(0, 4)}</span>}
              </span>
            ))}
          </div>
          <div className="plan-timeline__track" style={{ '--lanes': Math.max(lanes, 1) } as CSSProperties}>
            <div className="plan-timeline__grid" style={columns} aria-hidden="true">
              {months.map((m) => (
                <span key={m} />
              ))}
            </div>
            {now !== null && (
              <span className="plan-timeline__today" style={{ left: `${now}%` }} title={t('plan.timeline.today')} aria-hidden="true" />
            )}
            {bars.length === 0 && <p className="plan-timeline__none">{t('plan.timeline.none')}</p>}
            <ul className="plan-timeline__bars">
              {bars.map(({ item, left, width, lane }) => {
                const title = item.title || t('plan.untitled')
                const label = t('plan.timeline.item', { title, date: formatSpan(item.start, item.end, locale), status: t(`plan.status.${item.status}`) })
                return (
                  <li key={item.id} className="plan-bar__slot" style={{ left: `${left}%`, width: `${width}%`, '--lane': lane } as CSSProperties}>
                    <button type="button" className={`plan-bar plan-bar--${item.status}`} title={label} aria-label={label} onClick={() => onPick(item.id)}>
                      <span className="plan-bar__label" aria-hidden="true">
                        {title}
                      </span>
                    </button>
                  </li>
                )
              })}
            </ul>
          </div>
        </div>
      </div>
    </section>
  )
}
