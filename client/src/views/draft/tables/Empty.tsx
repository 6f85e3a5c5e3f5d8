/** What a table with no rows says: what to add first, and the button to add it. */
import type { ReactNode } from 'react'

export function TableEmpty({ text, children }: { text: string; children?: ReactNode }) {
  return (
    <div className="dt-empty">
      <p>{text}</p>
      {children}
    </div>
  )
}

export function AddButton({ label, onAdd }: { label: string; onAdd(): void }) {
  return (
    <button type="button" className="button dt-add" onClick={onAdd}>
      <span aria-hidden="true">+ </span>
      {label}
    </button>
  )
}
