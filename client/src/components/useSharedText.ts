/**
 * A one-line text that others may change too: it shows theirs until I start
 * typing, sends mine on Enter or when I leave the field, and Escape gives the
 * last sent text back. Spread `bind` on an <input> or <textarea>.
 */
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'

type Field = HTMLInputElement | HTMLTextAreaElement

export interface SharedText {
  text: string
  setText(text: string): void
  bind: {
    value: string
    onFocus(): void
    onBlur(e: FocusEvent<Field>): void
    onKeyDown(e: KeyboardEvent<Field>): void
  }
}

/** `save` gets the typed text when it differs from `value`; it returns false to refuse it (the field shows `value` again). */
export function useSharedText(value: string, save: (text: string) => boolean | void): SharedText {
  const [text, setText] = useState(value)
  const [editing, setEditing] = useState(false)
  const cancelled = useRef(false)

  // Someone else changed it while I was not typing: show theirs.
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
    if (text !== value && save(text) === false) setText(value)
  }

  return {
    text,
    setText,
    bind: {
      value: text,
      onFocus: () => setEditing(true),
      onBlur: commit,
      onKeyDown: (e) => {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
          // One line: Enter sends it (not while an input method is composing a word).
          e.preventDefault()
          e.currentTarget.blur()
        }
        if (e.key === 'Escape') {
          cancelled.current = true
          e.currentTarget.blur()
        }
      },
    },
  }
}

/** Grows a textarea with its text: long Russian sentences wrap instead of being cut. */
export function fitHeight(el: HTMLTextAreaElement | null): void {
  if (!el) return
  el.style.height = 'auto'
  el.style.height = `${el.scrollHeight}px`
}
