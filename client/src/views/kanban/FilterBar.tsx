/** Filters over the kanban: text, tag, owner (the lists come from the cards themselves). */
import { useId, useMemo } from 'react'
import type { CardFilter, StageColumn } from '../../../../shared/schema/kanban.js'
import { useI18n } from '../../i18n/I18nProvider.js'

export interface FilterBarProps {
  columns: readonly StageColumn[]
  filter: CardFilter
  onChange(filter: CardFilter): void
  total: number
  shown: number
}

/** True when some condition would hide cards. */
export function isFiltering(filter: CardFilter): boolean {
  return (filter.text?.trim() ?? '') !== '' || filter.tag !== undefined || filter.owner !== undefined
}

const sorted = (values: Iterable<string>, locale: string) => [...new Set(values)].sort((a, b) => a.localeCompare(b, locale))

export function FilterBar({ columns, filter, onChange, total, shown }: FilterBarProps) {
  const { t, locale } = useI18n()
  const id = useId()
  const cards = useMemo(() => columns.flatMap((c) => c.cards), [columns])
  const tags = useMemo(() => sorted(cards.flatMap((c) => c.tags), locale), [cards, locale])
  const owners = useMemo(() => sorted(cards.flatMap((c) => c.owners), locale), [cards, locale])
  const active = isFiltering(filter)
  // A chosen tag or owner stays in its list even when no card has it any more.
  const withChosen = (list: string[], chosen: string | undefined) => (chosen === undefined || list.includes(chosen) ? list : [chosen, ...list])

  return (
    <form className="kfilter" role="search" aria-label={t('kanban.filter.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="field kfilter__search">
        <label className="field__label" htmlFor={`${id}-text`}>
          {t('kanban.filter.search')}
        </label>
        <input
          id={`${id}-text`}
          type="search"
          className="input"
          value={filter.text ?? ''}
          placeholder={t('kanban.filter.searchPlaceholder')}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
      </div>
      <div className="field kfilter__select">
        <label className="field__label" htmlFor={`${id}-tag`}>
          {t('kanban.filter.tag')}
        </label>
        <select
          id={`${id}-tag`}
          className="input"
          value={filter.tag ?? ''}
          onChange={(e) => onChange({ ...filter, tag: e.target.value === '' ? undefined : e.target.value })}
        >
          <option value="">{t('kanban.filter.any')}</option>
          {withChosen(tags, filter.tag).map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div className="field kfilter__select">
        <label className="field__label" htmlFor={`${id}-owner`}>
          {t('kanban.filter.owner')}
        </label>
        <select
          id={`${id}-owner`}
          className="input"
          value={filter.owner ?? ''}
          onChange={(e) => onChange({ ...filter, owner: e.target.value === '' ? undefined : e.target.value })}
        >
          <option value="">{t('kanban.filter.any')}</option>
          {withChosen(owners, filter.owner).map((owner) => (
            <option key={owner} value={owner}>
              {owner}
            </option>
          ))}
        </select>
      </div>
      <div className="kfilter__end">
        <p className="kfilter__count" aria-live="polite">
          {active ? t('kanban.countFiltered', { shown, count: total }) : t('kanban.count', { count: total })}
        </p>
        {active && (
          <button type="button" className="button button--quiet" onClick={() => onChange({})}>
            {t('kanban.filter.reset')}
          </button>
        )}
      </div>
    </form>
  )
}
