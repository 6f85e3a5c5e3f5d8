/**
 * A day typed the Russian way (ДД.ММ.ГГГГ, whatever the browser's own date
 * format), written on blur or Enter; what is no real day shows an error and
 * the stored day stays.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '../../../i18n/I18nProvider.js'
import { parseRuDay, toRuDay } from './dates.js'

export function DateCell({ value, onCommit, label }: { value: string | null; onCommit(day: string | null): void; label: string }) {
  const { t } = useI18n()
  const show = (v: string | null) => (v === null ? '' : toRuDay(v))
  const [text, setText] = useState(show(value))
  const [bad, setBad] = useState(false)
  const editing = useRef(false)
  const errorId = useId()

  useEffect(() => {
    if (!editing.current && !bad) setText(show(value))
  }, [value, bad])

  const commit = () => {
    editing.current = false
    const day = parseRuDay(text)
    if (day === null) {
      setBad(true)
      return
    }
    setBad(false)
    const next = day === 'empty' ? null : day
    if (next !== value) onCommit(next)
    setText(show(next))
  }

  return (
    <span className="dt-date">
      <input
        type="text"
        inputMode="numeric"
        className="input dt-input dt-input--date"
        placeholder={t('draftTables.datePlaceholder')}
        value={text}
        aria-label={label}
        aria-invalid={bad}
        aria-describedby={bad ? errorId : undefined}
        maxLength={10}
        onFocus={() => (editing.current = true)}
        onChange={(e) => {
          editing.current = true
          setText(e.target.value)
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur()
          if (e.key === 'Escape') {
            setBad(false)
            setText(show(value))
          }
        }}
      />
      {bad && (
        <span id={errorId} className="dt-error" role="alert">
          {t('draftTables.badDate')}
        </span>
      )}
    </span>
  )
}
