/** What a table with no rows says: what to add first, and the button to add it. */
import type { ReactNode } from 'react'
import { useAccess } from '../../../access/BoardAccessProvider.js'
import { useI18n } from '../../../i18n/I18nProvider.js'

export function TableEmpty({ text, children }: { text: string; children?: ReactNode }) {
  const { t } = useI18n()
  const { readOnly } = useAccess()
  // «Add the first…» is for whoever may add; a reader learns the table is empty.
  if (readOnly) {
    return (
      <div className="dt-empty">
        <p>{t('access.tableEmpty')}</p>
      </div>
    )
  }
  return (
    <div className="dt-empty">
      <p>{text}</p>
      {children}
    </div>
  )
}

export function AddButton({ label, onAdd }: { label: string; onAdd(): void }) {
  const { readOnly } = useAccess()
  if (readOnly) return null
  return (
    <button type="button" className="button dt-add" onClick={onAdd}>
      <span aria-hidden="true">+ </span>
      {label}
    </button>
  )
}
