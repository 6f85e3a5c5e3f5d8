/**
 * Which calendar-plan activities a budget line pays for: checkboxes grouped
 * by task in a fold-out, its summary saying how many are chosen (and warning
 * when none is, as the readiness check will).
 */
import type { Activity, TaskActivities } from '../../../../../shared/draft/index.js'
import { useAccess } from '../../../access/BoardAccessProvider.js'
import { useI18n } from '../../../i18n/I18nProvider.js'

export interface ActivityPickerProps {
  groups: readonly TaskActivities[]
  chosen: readonly string[]
  onChange(ids: string[]): void
  label: string
}

export function ActivityPicker({ groups, chosen, onChange, label }: ActivityPickerProps) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  const all = groups.flatMap((g) => g.activities)
  const known = chosen.filter((id) => all.some((a) => a.id === id))
  const title = (a: Activity) => (a.title.trim() === '' ? t('draftTables.activityUntitled') : a.title.trim())
  if (all.length === 0) return <p className="dt-picker__none">{t('draftTables.pickerNoActivities')}</p>
  if (readOnly) {
    const names = known.map((id) => title(all.find((a) => a.id === id) as Activity)).join('; ')
    return <p className="dt-value">{names || t('access.pickerNone')}</p>
  }
  return (
    <details className="dt-picker">
      <summary className={`dt-picker__summary ${known.length === 0 ? 'dt-picker__summary--warn' : ''}`} aria-label={`${label}: ${known.length === 0 ? t('draftTables.pickerNone') : t('draftTables.pickerCount', { count: known.length })}`}>
        {known.length === 0 ? t('draftTables.pickerNone') : known.map((id) => title(all.find((a) => a.id === id) as Activity)).join('; ')}
      </summary>
      <div className="dt-picker__list">
        {groups.map((g, i) => (
          <fieldset key={g.task?.id ?? 'none'} className="dt-picker__group">
            <legend>{g.task ? t('draftTables.taskN', { n: i + 1, text: g.task.text.trim() || t('draftTables.untitled') }) : t('draftTables.noTask')}</legend>
            {g.activities.map((a) => (
              <label key={a.id} className="dt-check">
                <input
                  type="checkbox"
                  checked={chosen.includes(a.id)}
                  onChange={(e) => onChange(e.target.checked ? [...chosen, a.id] : chosen.filter((id) => id !== a.id))}
                />
                {title(a)}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </details>
  )
}
