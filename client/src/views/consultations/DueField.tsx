/**
 * An action item's due day, shown as words («до 4 дек.») rather than the
 * browser's numeric date field; a click opens the browser's date picker
 * (or, where the browser has no `showPicker`, shows the date field itself).
 */
import { useRef, useState } from 'react'
import { isIsoDate } from '../../../../shared/schema/board.js'
import type { Locale } from '../../i18n/i18n.js'
import { useI18n } from '../../i18n/I18nProvider.js'

interface DueProps {
  due: string | null
  /** What the item says, for the accessible name. */
  label: string
  overdue: boolean
  onChange(due: string | null): void
}

/** «4 дек.» this year, «4 дек. 2027 г.» another year. */
export function shortDate(day: string, locale: Locale, thisYear = new Date().getFullYear()): string {
  const date = new Date(`${day}T12:00:00`)
  if (Number.isNaN(date.getTime())) return ''
  const sameYear = date.getFullYear() === thisYear
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }).format(date)
}

export function DueField({ due, label, overdue, onChange }: DueProps) {
  const { t, locale } = useI18n()
  const [editing, setEditing] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const text = due ? t('consultations.dueBy', { date: shortDate(due, locale) }) : t('consultations.addDue')

  const open = () => {
    const el = input.current
    try {
      if (el && typeof el.showPicker === 'function') {
        el.showPicker()
        return
      }
    } catch {
      // Not allowed here (or not supported): fall back to the visible field.
    }
    setEditing(true)
  }

  return (
    <span className={`action-due${editing ? ' action-due--editing' : ''}${overdue ? ' action-due--overdue' : ''}${due ? '' : ' action-due--empty'}`}>
      {!editing && (
        <button type="button" className="action-due__button" aria-label={t('consultations.actionDue', { text: label, date: text })} onClick={open}>
          {text}
        </button>
      )}
      <input
        ref={input}
        type="date"
        className="action-due__input"
        value={due ?? ''}
        tabIndex={editing ? 0 : -1}
        aria-hidden={editing ? undefined : true}
        aria-label={t('consultations.actionDueField', { text: label })}
        autoFocus={editing}
        onChange={(e) => {
          const value = e.target.value
          if (value === '' || isIsoDate(value)) onChange(value || null)
        }}
        onBlur={() => setEditing(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === 'Enter') setEditing(false)
        }}
      />
    </span>
  )
}
