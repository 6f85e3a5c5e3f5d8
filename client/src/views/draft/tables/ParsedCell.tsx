/**
 * A cell typed as text and stored as a value (a day, money, a quantity):
 * written on blur or Enter; text that does not parse shows an error under
 * the cell and the stored value stays; Escape puts the stored value back.
 * While nobody types in it, it follows the stored value (others' edits).
 */
import { useEffect, useId, useRef, useState, type HTMLAttributes } from 'react'
import { useAccess } from '../../../access/BoardAccessProvider.js'
import { CellText } from './TextCell.js'

export interface ParsedCellProps<T> {
  value: T
  /** The stored value as the cell shows it. */
  show(value: T): string
  /** The typed text as a value, or null when it does not read as one. */
  parse(text: string): { value: T } | null
  onCommit(value: T): void
  label: string
  /** The message under the cell when the text does not parse. */
  error: string
  /** Class of the wrapper; the input gets `input dt-input` plus `inputClass`. */
  className: string
  inputClass: string
  inputMode: HTMLAttributes<HTMLInputElement>['inputMode']
  placeholder?: string
  maxLength?: number
}

export function ParsedCell<T>(props: ParsedCellProps<T>) {
  const { readOnly } = useAccess()
  if (readOnly) {
    return (
      <span className={props.className}>
        <CellText value={props.show(props.value)} className={props.inputClass} />
      </span>
    )
  }
  return <EditableParsedCell {...props} />
}

function EditableParsedCell<T>({ value, show, parse, onCommit, label, error, className, inputClass, inputMode, placeholder, maxLength }: ParsedCellProps<T>) {
  const shown = show(value)
  const [text, setText] = useState(shown)
  const [bad, setBad] = useState(false)
  const editing = useRef(false)
  const errorId = useId()

  useEffect(() => {
    if (!editing.current && !bad) setText(shown)
  }, [shown, bad])

  const commit = () => {
    editing.current = false
    const parsed = parse(text)
    if (parsed === null) {
      setBad(true)
      return
    }
    setBad(false)
    if (parsed.value !== value) onCommit(parsed.value)
    setText(show(parsed.value))
  }

  return (
    <span className={className}>
      <input
        type="text"
        inputMode={inputMode}
        className={`input dt-input ${inputClass}`}
        value={text}
        aria-label={label}
        aria-invalid={bad}
        aria-describedby={bad ? errorId : undefined}
        placeholder={placeholder}
        maxLength={maxLength}
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
            setText(shown)
          }
        }}
      />
      {bad && (
        <span id={errorId} className="dt-error" role="alert">
          {error}
        </span>
      )}
    </span>
  )
}
