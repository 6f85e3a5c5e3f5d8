/**
 * Live counters, the way the competitions count:
 *
 * - Text fields: characters WITH spaces (`countChars`: every code point,
 *   spaces included). A paragraph break — between paragraphs, list items or
 *   headings — counts as ONE character, like a line break typed into the
 *   portal's field; a hard line break inside a paragraph too. Blank
 *   paragraphs count nothing, list bullets and numbers count nothing (they
 *   are not text once pasted), heading text counts like any other text.
 * - Lists, choices and tables: the number of items (rows).
 *
 * Status against the limit: ok, amber from 90 % of it, red over it.
 */
import type * as Y from 'yjs'
import { countChars } from '../schema/richText.js'
import { templateFields, type Template, type TemplateField } from '../templates/types.js'
import { listBudgetLines } from './budget.js'
import { listActivities } from './calendar.js'
import { choiceValues, draftFieldText, listItems } from './fields.js'
import { projectPeriod } from './period.js'
import { listPartners, listQuantResults, listTeam } from './tables.js'

/** Where amber starts, as a share of the limit. */
export const AMBER_FROM = 0.9

export type LimitStatus = 'ok' | 'amber' | 'red'

/** ok below 90 % of `max`, amber from 90 % up to `max`, red over it; ok when there is no limit. */
export function limitStatus(count: number, max: number | null | undefined): LimitStatus {
  if (max === null || max === undefined) return 'ok'
  if (count > max) return 'red'
  return count >= max * AMBER_FROM ? 'amber' : 'ok'
}

/** One field's counter. */
export interface FieldCount {
  readonly fieldId: string
  /** What `count` counts: characters with spaces, items, or nothing (a period). */
  readonly unit: 'chars' | 'items' | 'none'
  readonly count: number
  readonly max: number | null
  readonly min: number | null
  readonly status: LimitStatus
  /** The field has content (non-blank text, an item, both dates). */
  readonly filled: boolean
}

/** How many items a list, choice or table field holds. */
function itemCount(doc: Y.Doc, field: TemplateField): number {
  switch (field.kind) {
    case 'list': return listItems(doc, field.id).length
    case 'choice': return choiceValues(doc, field.id).length
    case 'calendarPlan': return listActivities(doc).length
    case 'quantResults': return listQuantResults(doc).length
    case 'budget': return listBudgetLines(doc).length
    case 'team': return listTeam(doc).length
    case 'partners': return listPartners(doc).length
    default: return 0
  }
}

/** A field's counter, read from the document now. */
export function countField(doc: Y.Doc, field: TemplateField): FieldCount {
  const base = { fieldId: field.id, min: field.minItems ?? null }
  if (field.kind === 'text' || field.kind === 'rich') {
    const text = draftFieldText(doc, field.id)
    const count = countChars(text)
    const max = field.maxChars ?? null
    return { ...base, unit: 'chars', count, max, min: null, status: limitStatus(count, max), filled: text.trim() !== '' }
  }
  if (field.kind === 'period') {
    return { ...base, unit: 'none', count: 0, max: null, min: null, status: 'ok', filled: projectPeriod(doc) !== null }
  }
  const count = itemCount(doc, field)
  const max = field.maxItems ?? null
  return { ...base, unit: 'items', count, max, status: limitStatus(count, max), filled: count > 0 }
}

/** Every field's counter, by field id (what the UI shows live). */
export function countFields(doc: Y.Doc, template: Template): Record<string, FieldCount> {
  return Object.fromEntries(templateFields(template).map((f) => [f.id, countField(doc, f)]))
}

/**
 * Calls `cb` after every transaction that changed the document (local or
 * remote); the draft reads are cheap, so the UI recounts then. Returns the
 * unsubscribe function.
 */
export function observeDraft(doc: Y.Doc, cb: () => void): () => void {
  const handler = (tr: Y.Transaction) => {
    if (tr.changed.size > 0) cb()
  }
  doc.on('afterTransaction', handler)
  return () => doc.off('afterTransaction', handler)
}
