/** Readiness links: bring a field or a table row into view and put the cursor in it. */
import type { ReadinessProblem } from '../../../../shared/draft/index.js'
import { fieldElementId } from './FieldShell.js'

/** Id of a table row's element (the table views set it). */
export const rowElementId = (rowId: string) => `draft-row-${rowId}`

/** Where a problem points: its row's element when there is one, else its field's. */
export function problemTarget(problem: Pick<ReadinessProblem, 'fieldId' | 'rowId'>): string | null {
  if (problem.rowId !== undefined) return rowElementId(problem.rowId)
  if (problem.fieldId !== undefined) return fieldElementId(problem.fieldId)
  return null
}

const FOCUSABLE = '.ProseMirror, [data-draft-focus], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex="0"]'

/** Scrolls to a problem's row or field and focuses its first place to type; false when it is not on the page. */
export function jumpToProblem(problem: Pick<ReadinessProblem, 'fieldId' | 'rowId'>): boolean {
  const row = problem.rowId !== undefined ? document.getElementById(rowElementId(problem.rowId)) : null
  const el = row ?? (problem.fieldId !== undefined ? document.getElementById(fieldElementId(problem.fieldId)) : null)
  if (!el) return false
  el.scrollIntoView({ block: 'center', behavior: 'smooth' })
  const target = el.querySelector<HTMLElement>(FOCUSABLE)
  if (target) target.focus({ preventScroll: true })
  else {
    el.tabIndex = -1
    el.focus({ preventScroll: true })
  }
  return true
}
