/**
 * Rows as a real table with column headers on a laptop; on a phone the CSS
 * stacks each row into a card whose cells carry their column's name
 * (`data-label`). Each row is `#draft-row-<id>`, where the readiness panel
 * jumps, and is reordered by drag from the grip among its tools.
 */
import type { ReactNode } from 'react'
import { useAccess } from '../../../access/BoardAccessProvider.js'
import { useI18n } from '../../../i18n/I18nProvider.js'
import { RowSorting, useSortableRow } from './rowSorting.js'

export interface Column<T> {
  id: string
  label: string
  /** Width and alignment (`dt-col--num` right-aligns numbers). */
  className?: string
  render(row: T): ReactNode
}

export interface DataTableProps<T extends { id: string }> {
  columns: ReadonlyArray<Column<T>>
  rows: readonly T[]
  tools(row: T, index: number): ReactNode
  /** Extra class per row (a flagged activity). */
  rowClass?(row: T): string
  /** Names the table for screen readers. */
  label: string
  /** Rows are reordered by drag and drop too (from the grip among their tools): each row's name, and the move (its index once moved among these rows). */
  sorting: { name(row: T, index: number): string; onMove(id: string, index: number): void }
}

export function DataTable<T extends { id: string }>({ columns, rows, tools, rowClass, label, sorting }: DataTableProps<T>) {
  const { t } = useI18n()
  // A reader has no row tools: no empty column for them either.
  const { readOnly } = useAccess()
  return (
    <RowSorting rows={rows.map((row, i) => ({ id: row.id, name: sorting.name(row, i) }))} onMove={sorting.onMove}>
      <div className="dt-scroll">
        <table className="dt-table" aria-label={label}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.id} scope="col" className={c.className}>
                  {c.label}
                </th>
              ))}
              {!readOnly && (
                <th scope="col" className="dt-col--tools">
                  <span className="sr-only">{t('draftTables.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <SortableRow key={row.id} id={row.id} className={`dt-row ${rowClass?.(row) ?? ''}`}>
                {columns.map((c) => (
                  <td key={c.id} className={c.className} data-label={c.label}>
                    {c.render(row)}
                  </td>
                ))}
                {!readOnly && <td className="dt-col--tools">{tools(row, i)}</td>}
              </SortableRow>
            ))}
          </tbody>
        </table>
      </div>
    </RowSorting>
  )
}

/** A table row that moves while it is carried; its tools get the grip (a reader has no tools, so nothing to carry it by). */
function SortableRow({ id, className, children }: { id: string; className: string; children: ReactNode }) {
  const row = useSortableRow(id)
  return (
    <tr ref={row.ref} id={`draft-row-${id}`} className={row.dragging ? `${className} dt-row--lifted` : className} style={row.style}>
      {row.wrap(children)}
    </tr>
  )
}
