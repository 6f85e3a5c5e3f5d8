/**
 * A day typed the Russian way (ДД.ММ.ГГГГ, whatever the browser's own date
 * format), written on blur or Enter; what is no real day shows an error and
 * the stored day stays.
 */
import { useI18n } from '../../../i18n/I18nProvider.js'
import { parseRuDay, toRuDay } from './dates.js'
import { ParsedCell } from './ParsedCell.js'

export function DateCell({ value, onCommit, label }: { value: string | null; onCommit(day: string | null): void; label: string }) {
  const { t } = useI18n()
  return (
    <ParsedCell<string | null>
      value={value}
      show={(v) => (v === null ? '' : toRuDay(v))}
      parse={(text) => {
        const day = parseRuDay(text)
        return day === null ? null : { value: day === 'empty' ? null : day }
      }}
      onCommit={onCommit}
      label={label}
      error={t('draftTables.badDate')}
      className="dt-date"
      inputClass="dt-input--date"
      inputMode="numeric"
      placeholder={t('draftTables.datePlaceholder')}
      maxLength={10}
    />
  )
}
