/** Filters of the plan: by status (chips; none pressed means all) and by owner. */
import { PLAN_STATUSES, type PlanStatus } from '../../../../shared/schema/plan.js'
import { useI18n } from '../../i18n/I18nProvider.js'

export interface PlanFilterState {
  statuses: readonly PlanStatus[]
  /** '' for everyone. */
  owner: string
}

export const NO_FILTER: PlanFilterState = { statuses: [], owner: '' }

export function isFiltering(filter: PlanFilterState): boolean {
  return filter.statuses.length > 0 || filter.owner !== ''
}

interface Props {
  filter: PlanFilterState
  owners: readonly string[]
  shown: number
  total: number
  onChange(filter: PlanFilterState): void
}

export function PlanFilters({ filter, owners, shown, total, onChange }: Props) {
  const { t } = useI18n()
  const toggle = (status: PlanStatus) =>
    onChange({ ...filter, statuses: filter.statuses.includes(status) ? filter.statuses.filter((s) => s !== status) : [...filter.statuses, status] })
  return (
    <div className="plan-filters" role="group" aria-label={t('plan.filters')}>
      <fieldset className="plan-filters__statuses">
        <legend className="plan-filters__legend">{t('plan.filter.status')}</legend>
        {PLAN_STATUSES.map((s) => (
          <button key={s} type="button" className={`plan-chip plan-chip--${s}`} aria-pressed={filter.statuses.includes(s)} onClick={() => toggle(s)}>
            <span className={`plan-dot plan-dot--${s}`} aria-hidden="true" />
            {t(`plan.status.${s}`)}
          </button>
        ))}
      </fieldset>
      <label className="plan-filters__owner">
        <span className="plan-filters__legend">{t('plan.filter.owner')}</span>
        <select className="input" value={filter.owner} onChange={(e) => onChange({ ...filter, owner: e.target.value })}>
          <option value="">{t('plan.filter.anyOwner')}</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      {isFiltering(filter) && (
        <div className="plan-filters__result">
          <span className="muted" role="status">
            {t('plan.filter.shown', { count: shown, total })}
          </span>
          <button type="button" className="button button--quiet" onClick={() => onChange(NO_FILTER)}>
            {t('plan.filter.reset')}
          </button>
        </div>
      )}
    </div>
  )
}
