/** The editor's inputs: each with its label and the schema's complaints about it right below. */
import { useEffect, useId, useState, type ReactNode } from 'react'
import { formatAmount, parseRubles } from '../../../../shared/draft/money.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { issuesAt, type EditorIssue } from './issues.js'

export interface FieldProps {
  label: string
  /** Dotted path of the value in the template (matches the schema's issue paths). */
  path: string
  issues: readonly EditorIssue[]
  className?: string
  hint?: string
  /** For rows after the first of a list: the label stays for screen readers only. */
  labelHidden?: boolean
}

export function IssueList({ issues, id }: { issues: readonly EditorIssue[]; id?: string }) {
  const { t } = useI18n()
  if (issues.length === 0) return null
  return (
    <ul id={id} className="tpl-issues" role="alert">
      {issues.map((i, n) => (
        <li key={n}>{t(i.key, i.params)}</li>
      ))}
    </ul>
  )
}

function Labeled({ label, path, issues, className, hint, labelHidden, children }: FieldProps & { children(props: { id: string; invalid: boolean; describedBy?: string }): ReactNode }) {
  const id = useId()
  const mine = issuesAt(issues, path)
  const errId = `${id}-err`
  return (
    <div className={`field tpl-field ${className ?? ''}`} data-path={path}>
      <label htmlFor={id} className={labelHidden ? 'sr-only' : 'field__label tpl-field__label'}>
        {label}
      </label>
      {children({ id, invalid: mine.length > 0, describedBy: mine.length > 0 ? errId : undefined })}
      {hint && <span className="tpl-field__hint">{hint}</span>}
      <IssueList issues={mine} id={errId} />
    </div>
  )
}

export function TextInput(props: FieldProps & { value: string; onChange(v: string): void; multiline?: boolean; maxLength?: number }) {
  const { value, onChange, multiline, maxLength } = props
  return (
    <Labeled {...props}>
      {({ id, invalid, describedBy }) =>
        multiline ? (
          <textarea id={id} className="input" rows={2} value={value} maxLength={maxLength} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input id={id} className="input" value={value} maxLength={maxLength} aria-invalid={invalid} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Labeled>
  )
}

/** A whole number or empty (unset); the schema names anything else. */
export function CountInput(props: FieldProps & { value: number | undefined; onChange(v: number | undefined): void }) {
  const { value, onChange } = props
  return (
    <Labeled {...props} className={`tpl-field--count ${props.className ?? ''}`}>
      {({ id, invalid, describedBy }) => (
        <input
          id={id}
          className="input tpl-input--num"
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          value={value === undefined || Number.isNaN(value) ? '' : String(value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.valueAsNumber)}
        />
      )}
    </Labeled>
  )
}

/** Money in roubles («80 000», «700,50»), kept in kopecks; what does not parse stays typed with an error, the old value kept. */
export function MoneyInput(props: FieldProps & { value: number | undefined; onChange(v: number | undefined): void }) {
  const { t } = useI18n()
  const { value, onChange } = props
  const show = (v: number | undefined) => (v === undefined ? '' : formatAmount(v))
  const [text, setText] = useState(show(value))
  const [bad, setBad] = useState(false)
  useEffect(() => {
    if (!bad) setText(show(value))
  }, [value, bad])
  const commit = () => {
    if (text.trim() === '') {
      setBad(false)
      onChange(undefined)
      return
    }
    const kopecks = parseRubles(text)
    if (kopecks === null) {
      setBad(true)
      return
    }
    setBad(false)
    onChange(kopecks)
    setText(show(kopecks))
  }
  return (
    <Labeled {...props} className={`tpl-field--money ${props.className ?? ''}`}>
      {({ id, invalid, describedBy }) => (
        <>
          <input
            id={id}
            className="input tpl-input--num"
            inputMode="decimal"
            placeholder={t('templates.moneyUnset')}
            value={text}
            aria-invalid={invalid || bad}
            aria-describedby={describedBy}
            onChange={(e) => setText(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), commit())}
          />
          {bad && (
            <span className="tpl-issues" role="alert">
              {t('templates.badMoney', { kept: value === undefined ? t('templates.moneyUnset') : `${formatAmount(value)} ₽` })}
            </span>
          )}
        </>
      )}
    </Labeled>
  )
}

/** A textarea written back on blur (one option per line: empty lines would vanish while typing). */
export function LinesInput(props: FieldProps & { value: readonly string[]; onChange(lines: string[]): void }) {
  const { value, onChange } = props
  const [text, setText] = useState(value.join('\n'))
  useEffect(() => setText(value.join('\n')), [value])
  return (
    <Labeled {...props}>
      {({ id, invalid, describedBy }) => (
        <textarea
          id={id}
          className="input"
          rows={4}
          value={text}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => onChange(text.split('\n').map((l) => l.trim()).filter((l) => l !== ''))}
        />
      )}
    </Labeled>
  )
}
