/**
 * A text that looks like text until edited: a field that sends its value on
 * Enter or when focus leaves it, and puts the old value back on Escape. While
 * someone is not typing in it, it shows what others wrote.
 */
import { useEffect, useRef } from 'react'
import { fitHeight, useSharedText } from '../../components/useSharedText.js'

interface CommitFieldProps {
  value: string
  onCommit(value: string): void
  /** Accessible name (the field may sit under a visible label instead: pass `id`). */
  ariaLabel?: string
  id?: string
  placeholder?: string
  maxLength?: number
  /** Wraps long text over several lines (Enter still commits). */
  multiline?: boolean
  /** An empty value is put back instead of sent. */
  required?: boolean
  /** Id of a `<datalist>` of suggestions (single-line only). */
  list?: string
  className?: string
}

export function CommitField({ value, onCommit, ariaLabel, id, placeholder, maxLength, multiline, required, list, className }: CommitFieldProps) {
  const area = useRef<HTMLTextAreaElement | null>(null)
  const { text, setText, bind } = useSharedText(value, (typed) => {
    const next = typed.replace(/\s+/g, ' ').trim()
    if (required && next === '') return false
    if (next !== value) onCommit(next)
  })
  useEffect(() => fitHeight(area.current), [text])

  const common = { id, className: `commit-field ${className ?? ''}`, placeholder, maxLength, 'aria-label': ariaLabel, ...bind }
  if (multiline) {
    return (
      <textarea
        {...common}
        ref={(el) => {
          area.current = el
          fitHeight(el)
        }}
        rows={1}
        onChange={(e) => {
          setText(e.target.value.replace(/\n/g, ' '))
          fitHeight(e.target)
        }}
      />
    )
  }
  return <input {...common} list={list} onChange={(e) => setText(e.target.value)} />
}
