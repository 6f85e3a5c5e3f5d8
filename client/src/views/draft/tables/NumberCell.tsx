/**
 * A number typed the Russian way: money («12 345,67», parsed with
 * `parseRubles`, shown with `formatAmount`) or a quantity («2,5»). Written on
 * blur or Enter; what does not read as a number shows an error under the
 * cell and the stored value stays as it was.
 */
import { formatAmount, parseRubles } from '../../../../../shared/draft/index.js'
import { useI18n } from '../../../i18n/I18nProvider.js'
import { formatNumber, parseQuantity } from './numbers.js'
import { ParsedCell } from './ParsedCell.js'

export interface NumberCellProps {
  /** Kopecks for money; the number for a quantity; null when unset. */
  value: number | null
  kind: 'money' | 'quantity'
  onCommit(value: number | null): void
  label: string
  /** An empty cell means null (a quantitative result's value) rather than 0. */
  emptyIsNull?: boolean
}

export function NumberCell({ value, kind, onCommit, label, emptyIsNull = false }: NumberCellProps) {
  const { t, locale } = useI18n()
  const show = (v: number | null) => (v === null || (v === 0 && kind === 'money') ? '' : kind === 'money' ? formatAmount(v) : formatNumber(v, locale))
  const parse = (raw: string): { value: number | null } | null => {
    if (raw.trim() === '') return { value: emptyIsNull ? null : 0 }
    if (kind === 'money') {
      const kopecks = parseRubles(raw)
      return kopecks === null ? null : { value: kopecks }
    }
    const q = parseQuantity(raw)
    return q === null ? null : { value: q === 'empty' ? null : q }
  }
  return (
    <ParsedCell<number | null>
      value={value}
      show={show}
      parse={parse}
      onCommit={onCommit}
      label={label}
      error={t(kind === 'money' ? 'draftTables.badMoney' : 'draftTables.badNumber', { kept: show(value) || '0' })}
      className="dt-number"
      inputClass="dt-input--number"
      inputMode="decimal"
      placeholder={kind === 'money' ? '0,00' : undefined}
    />
  )
}
