/**
 * A page's title as a heading that is also a field (a note's, an initiative's):
 * a long title wraps instead of being cut (Russian titles run long on a phone),
 * others' renames show while I am not typing, Enter or leaving sends mine.
 */
import { useEffect, useRef } from 'react'
import { useAccess } from '../access/BoardAccessProvider.js'
import { fitHeight, useSharedText } from './useSharedText.js'

export interface TitleHeadingProps {
  value: string
  label: string
  placeholder: string
  maxLength: number
  className: string
  /** Saves a non-empty title; returns false when it could not (the thing is gone). */
  onSave(title: string): boolean
}

export function TitleHeading(props: TitleHeadingProps) {
  const { readOnly } = useAccess()
  // Whoever may not edit reads the title as a plain heading: nothing to click into.
  if (readOnly) return <h1 className={`${props.className} access-title`}>{props.value || props.placeholder}</h1>
  return <TitleField {...props} />
}

function TitleField({ value, label, placeholder, maxLength, className, onSave }: TitleHeadingProps) {
  const { text, setText, bind } = useSharedText(value, (next) => next.trim() !== '' && onSave(next))
  const area = useRef<HTMLTextAreaElement | null>(null)

  useEffect(() => fitHeight(area.current), [text])

  return (
    <h1 className={className}>
      <label>
        <span className="sr-only">{label}</span>
        <textarea
          ref={(el) => {
            area.current = el
            fitHeight(el)
          }}
          className="title-input"
          rows={1}
          maxLength={maxLength}
          placeholder={placeholder}
          {...bind}
          onChange={(e) => {
            setText(e.target.value.replace(/\n/g, ' '))
            fitHeight(e.target)
          }}
        />
      </label>
    </h1>
  )
}
