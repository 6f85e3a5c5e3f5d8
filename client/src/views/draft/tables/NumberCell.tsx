/**
 * A number typed the Russian way: money («12 345,67», parsed with
 * `parseRubles`, shown with `formatAmount`) or a quantity («2,5»). Written on
 * blur or Enter; what does not read as a number shows an error under the
 * cell and the stored value stays as it was.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { formatAmount, parseRubles } from '../../../../../shared/draft/index.js'
import { useI18n } from '../../../i18n/I18nProvider.js'
import { formatNumber, parseQuantity } from './numbers.js'

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
  const [text, setText] = useState(() => show(value))
  const [error, setError] = useState(false)
  const editing = useRef(false)
  const errorId = useId()

  useEffect(() => {
    if (!editing.current && !error) setText(show(value))
    // `show` changes with the locale only, which is listed.
  }, [value, locale])

  const parse = (raw: string): number | null | 'bad' => {
    if (raw.trim() === '') return emptyIsNull ? null : 0
    if (kind === 'money') return parseRubles(raw) ?? 'bad'
    const q = parseQuantity(raw)
    return q === null ? 'bad' : q === 'empty' ? null : q
  }

  const commit = () => {
    editing.current = false
    const parsed = parse(text)
    if (parsed === 'bad') {
      setError(true)
      return
    }
    setError(false)
    if (parsed !== value) onCommit(parsed)
    setText(show(parsed))
  }

  return (
    <span className="dt-number">
      <input
        type="text"
        inputMode="decimal"
        className="input dt-input dt-input--number"
        value={text}
        aria-label={label}
        aria-invalid={error}
        aria-describedby={error ? errorId : undefined}
        placeholder={kind === 'money' ? '0,00' : undefined}
        onFocus={() => (editing.current = true)}
        onChange={(e) => {
          editing.current = true
          setText(e.target.value)
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur()
          if (e.key === 'Escape') {
            setError(false)
            setText(show(value))
          }
        }}
      />
      {error && (
        <span id={errorId} className="dt-error" role="alert">
          {t(kind === 'money' ? 'draftTables.badMoney' : 'draftTables.badNumber', { kept: show(value) || '0' })}
        </span>
      )}
    </span>
  )
}
