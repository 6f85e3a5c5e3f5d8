/**
 * A text that looks like text until edited: a field that sends its value on
 * Enter or when focus leaves it, and puts the old value back on Escape. While
 * someone is not typing in it, it shows what others wrote.
 */
import { useEffect, useRef, useState } from 'react'

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
  const [draft, setDraft] = useState(value)
  const [editing, setEditing] = useState(false)
  const cancelled = useRef(false)
  const area = useRef<HTMLTextAreaElement | null>(null)

  useEffect(() => {
    if (!editing) setDraft(value)
  }, [value, editing])

  // Grows with its text: long Russian sentences wrap instead of being cut.
  const fit = (el: HTMLTextAreaElement | null) => {
    if (!el) return
    el.style.height = 'auto'
    el.style.height = `${el.scrollHeight}px`
  }
  useEffect(() => fit(area.current), [draft])

  const commit = () => {
    setEditing(false)
    if (cancelled.current) {
      cancelled.current = false
      setDraft(value)
      return
    }
    const next = draft.replace(/\s+/g, ' ').trim()
    if (required && next === '') setDraft(value)
    else if (next !== value) onCommit(next)
  }

  const common = {
    id,
    className: `commit-field ${className ?? ''}`,
    value: draft,
    placeholder,
    maxLength,
    'aria-label': ariaLabel,
    onFocus: () => setEditing(true),
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
        e.preventDefault()
        e.currentTarget.blur()
      }
      if (e.key === 'Escape') {
        cancelled.current = true
        e.currentTarget.blur()
      }
    },
  }

  if (multiline) {
    return (
      <textarea
        {...common}
        ref={(el) => {
          area.current = el
          fit(el)
        }}
        rows={1}
        onChange={(e) => {
          setDraft(e.target.value.replace(/\n/g, ' '))
          fit(e.target)
        }}
      />
    )
  }
  return <input {...common} list={list} onChange={(e) => setDraft(e.target.value)} />
}
