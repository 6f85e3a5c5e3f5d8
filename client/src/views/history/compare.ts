/**
 * Field-by-field comparison of two versions of a document: which fields were
 * added, removed or changed, with the words added and removed in each.
 */
import { FIELD_GROUPS, type DocField, type FieldGroup } from './docFields.js'
import { diffWords, type DiffPart } from './wordDiff.js'

export type ChangeKind = 'same' | 'changed' | 'added' | 'removed'

/** One field in a comparison. */
export interface FieldChange {
  readonly id: string
  readonly group: FieldGroup
  readonly item: string
  readonly part: string | null
  readonly kind: ChangeKind
  /** The text then and now (empty for a field that did not exist). */
  readonly before: string
  readonly after: string
  /** Runs turning `before` into `after` (empty when both are). */
  readonly parts: readonly DiffPart[]
}

/** A comparison grouped for showing: sections in a fixed order, fields in reading order. */
export interface Comparison {
  readonly groups: ReadonlyArray<{ group: FieldGroup; fields: readonly FieldChange[] }>
  /** How many fields differ. */
  readonly changed: number
}

/**
 * Compares `before` (a version) with `after` (today). A field missing on one
 * side that is empty on the other is no change; a removed field keeps its
 * place after the field that preceded it then.
 */
export function compareFields(before: readonly DocField[], after: readonly DocField[]): Comparison {
  const old = new Map(before.map((f) => [f.id, f]))
  const now = new Set(after.map((f) => f.id))
  const rows: FieldChange[] = []
  const change = (b: DocField | undefined, a: DocField | undefined): FieldChange => {
    const field = (a ?? b) as DocField
    const beforeText = b?.text ?? ''
    const afterText = a?.text ?? ''
    const kind: ChangeKind = beforeText === afterText ? 'same' : !b ? 'added' : !a ? 'removed' : 'changed'
    return { id: field.id, group: field.group, item: field.item, part: field.part, kind, before: beforeText, after: afterText, parts: diffWords(beforeText, afterText) }
  }
  // Removed fields go right after their predecessor in the old order.
  const removedAfter = new Map<string | null, DocField[]>()
  let previous: string | null = null
  for (const f of before) {
    if (!now.has(f.id)) {
      const list = removedAfter.get(previous) ?? []
      list.push(f)
      removedAfter.set(previous, list)
    } else previous = f.id
  }
  const flush = (key: string | null) => removedAfter.get(key)?.forEach((f) => rows.push(change(f, undefined)))
  flush(null)
  for (const f of after) {
    rows.push(change(old.get(f.id), f))
    flush(f.id)
  }
  const groups = FIELD_GROUPS.map((group) => ({ group, fields: rows.filter((r) => r.group === group) })).filter((g) => g.fields.length > 0)
  return { groups, changed: rows.filter((r) => r.kind !== 'same').length }
}

/** The changed fields only, in order (for «what changed since your last visit»). */
export function changedFields(comparison: Comparison): FieldChange[] {
  return comparison.groups.flatMap((g) => g.fields.filter((f) => f.kind !== 'same'))
}
