/**
 * A one-line text that others may change too: shows theirs until I start
 * typing, sends mine on Enter or when I leave the field; Escape gives the
 * last sent text back.
 */
import { useSharedText } from '../../components/useSharedText.js'

export interface ItemInputProps {
  value: string
  label: string
  placeholder?: string
  maxLength?: number
  onCommit(text: string): void
}

export function ItemInput({ value, label, placeholder, maxLength, onCommit }: ItemInputProps) {
  const { setText, bind } = useSharedText(value, onCommit)
  return (
    <input
      className="input"
      aria-label={label}
      placeholder={placeholder}
      maxLength={maxLength}
      data-draft-focus=""
      {...bind}
      onChange={(e) => setText(e.target.value)}
    />
  )
}
