/** The project's start and end (ФПГ fields 5–6); until both are set, the calendar plan's span stands in. */
import { useState } from 'react'
import { draftPeriod, projectPeriod, setDraftPeriod, type ProjectPeriod } from '../../../../shared/draft/index.js'
import { formatDate } from '../../i18n/i18n.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { OpenDoc } from '../../sync/docRegistry.js'
import { ReadValue } from './ItemInput.js'
import { useDocValue } from './useDraft.js'

const samePeriod = (a: ProjectPeriod, b: ProjectPeriod) => a.start === b.start && a.end === b.end

export function PeriodFieldBody({ entry, fieldId }: { entry: OpenDoc; fieldId: string }) {
  const { t, locale } = useI18n()
  const doc = entry.doc
  const period = useDocValue(doc, draftPeriod, samePeriod)
  const resolved = useDocValue(doc, (d) => projectPeriod(d), (a, b) => a?.start === b?.start && a?.end === b?.end && a?.source === b?.source)
  const [error, setError] = useState(false)
  const { readOnly } = useAccess()

  const change = (next: ProjectPeriod) => {
    if (next.start !== null && next.end !== null && next.end < next.start) {
      setError(true)
      return
    }
    setError(false)
    setDraftPeriod(doc, next)
  }

  if (readOnly) {
    const range = resolved ? t('draft.period.range', { start: formatDate(resolved.start, locale), end: formatDate(resolved.end, locale) }) : ''
    return (
      <div className="draft-period">
        <ReadValue value={range} />
        {resolved?.source === 'plan' && <p className="muted draft-period__plan">{t('draft.period.fromPlan', { start: formatDate(resolved.start, locale), end: formatDate(resolved.end, locale) })}</p>}
      </div>
    )
  }

  const errorId = `draft-period-${fieldId}-error`
  return (
    <div className="draft-period">
      {resolved && <p className="draft-print-value">{t('draft.period.range', { start: formatDate(resolved.start, locale), end: formatDate(resolved.end, locale) })}</p>}
      <div className="draft-period__dates">
        <label className="field field--date">
          <span className="field__label">{t('draft.period.start')}</span>
          <input
            type="date"
            className="input"
            value={period.start ?? ''}
            max={period.end ?? undefined}
            data-draft-focus=""
            onChange={(e) => change({ ...period, start: e.target.value === '' ? null : e.target.value })}
          />
        </label>
        <label className="field field--date">
          <span className="field__label">{t('draft.period.end')}</span>
          <input
            type="date"
            className="input"
            value={period.end ?? ''}
            min={period.start ?? undefined}
            aria-invalid={error || undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => change({ ...period, end: e.target.value === '' ? null : e.target.value })}
          />
        </label>
      </div>
      {error && (
        <p className="field__error" id={errorId} role="alert">
          {t('draft.period.endBeforeStart')}
        </p>
      )}
      {resolved?.source === 'plan' && (
        <p className="muted draft-period__plan">{t('draft.period.fromPlan', { start: formatDate(resolved.start, locale), end: formatDate(resolved.end, locale) })}</p>
      )}
    </div>
  )
}
