/**
 * A text cell bound to one cell of a row. What is typed goes into the
 * document after a short pause (and at once on blur), so a co-editor sees it
 * nearly live; each cell is its own key, so two people in different cells
 * never overwrite each other. While someone is typing here, a late echo of
 * their own commit (trimmed by the schema) does not yank the text under the
 * cursor; others' changes show as soon as this person stops editing.
 */
import { useEffect, useRef, useState } from 'react'
import { useAccess } from '../../../access/BoardAccessProvider.js'
import { useI18n } from '../../../i18n/I18nProvider.js'

/** How long typing pauses before the text is written. */
export const COMMIT_DELAY_MS = 400

export interface TextCellProps {
  value: string
  onCommit(text: string): void
  label: string
  multiline?: boolean
  placeholder?: string
  className?: string
}

export function TextCell(props: TextCellProps) {
  const { readOnly } = useAccess()
  return readOnly ? <CellText value={props.value} className={props.className} /> : <EditableCell {...props} />
}

/** A cell's value as text, for whoever may only read (a dash when empty, so the row keeps its shape). */
export function CellText({ value, className }: { value: string; className?: string }) {
  const { t } = useI18n()
  return <span className={`dt-value ${value.trim() === '' ? 'dt-value--empty' : ''} ${className ?? ''}`}>{value.trim() === '' ? t('access.emptyCell') : value}</span>
}

function EditableCell({ value, onCommit, label, multiline = false, placeholder, className }: TextCellProps) {
  const [text, setText] = useState(value)
  const dirty = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const latest = useRef({ text, onCommit, value })
  latest.current = { text, onCommit, value }

  useEffect(() => {
    if (!dirty.current) setText(value)
  }, [value])

  // A pending edit is written when the cell goes away (row removed, page left).
  useEffect(
    () => () => {
      if (timer.current === undefined) return
      clearTimeout(timer.current)
      const { text: last, onCommit: commit, value: stored } = latest.current
      if (last !== stored) commit(last)
    },
    [],
  )

  const commitNow = (next: string) => {
    clearTimeout(timer.current)
    timer.current = undefined
    if (next !== latest.current.value) onCommit(next)
  }
  const change = (next: string) => {
    setText(next)
    dirty.current = true
    clearTimeout(timer.current)
    timer.current = setTimeout(() => commitNow(next), COMMIT_DELAY_MS)
  }
  const blur = () => {
    commitNow(text)
    dirty.current = false
  }

  const common = {
    className: `input dt-input ${className ?? ''}`,
    value: text,
    'aria-label': label,
    placeholder,
    onBlur: blur,
  }
  return multiline ? (
    <textarea {...common} rows={2} onChange={(e) => change(e.target.value)} />
  ) : (
    <input {...common} type="text" onChange={(e) => change(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()} />
  )
}
