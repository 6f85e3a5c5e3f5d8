/**
 * A one-line text that others may change too: shows theirs until I start
 * typing, sends mine on Enter or when I leave the field; Escape gives the
 * last sent text back.
 */
import { useEffect, useRef, useState } from 'react'

export interface ItemInputProps {
  value: string
  label: string
  placeholder?: string
  maxLength?: number
  onCommit(text: string): void
}

export function ItemInput({ value, label, placeholder, maxLength, onCommit }: ItemInputProps) {
  const [text, setText] = useState(value)
  const [editing, setEditing] = useState(false)
  const cancelled = useRef(false)

  useEffect(() => {
    if (!editing) setText(value)
  }, [value, editing])

  const commit = () => {
    setEditing(false)
    if (cancelled.current) {
      cancelled.current = false
      setText(value)
      return
    }
    if (text !== value) onCommit(text)
  }

  return (
    <input
      className="input"
      value={text}
      aria-label={label}
      placeholder={placeholder}
      maxLength={maxLength}
      data-draft-focus=""
      onFocus={() => setEditing(true)}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault()
          e.currentTarget.blur()
        }
        if (e.key === 'Escape') {
          cancelled.current = true
          e.currentTarget.blur()
        }
      }}
    />
  )
}
