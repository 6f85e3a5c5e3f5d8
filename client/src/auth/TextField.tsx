/** One labelled input of the account forms, with its hint (or, once wrong, its error) read out with it. */
import { useId, type InputHTMLAttributes } from 'react'

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string
  value: string
  onChange(value: string): void
  hint?: string
  error?: string | null
}

export function TextField({ label, value, onChange, hint, error, ...input }: Props) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  // The error replaces the hint: both usually say the same rule.
  const showHint = hint && !error
  const describedBy = error ? errorId : showHint ? hintId : undefined
  return (
    <div className="field auth-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        {...input}
        id={id}
        className="input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      {showHint && (
        <p id={hintId} className="auth-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error auth-field__error">
          {error}
        </p>
      )}
    </div>
  )
}
