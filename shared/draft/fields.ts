/**
 * The draft's fields: rich text per text field (one Y.XmlFragment each, bound
 * to the editor), list items (one row per item, naming its field), choices,
 * and «Не вошло в форму» — text a template switch had no place for.
 */
import type * as Y from 'yjs'
import { cleanText, readString } from '../schema/board.js'
import type { Ordered } from '../schema/order.js'
import { fragmentText } from '../schema/richText.js'
import { DraftKey, draftFieldName } from './keys.js'
import { insertRow, moveRow, patchRow, readRows, removeRow, restoreRow, type RowSnapshot } from './rows.js'

/** Longest list item kept (a list item is one line; longer input is cut). */
export const LIST_ITEM_MAX = 20_000
/** Most options one choice field keeps. */
export const CHOICE_MAX = 200

/** A text field's fragment (the editor binds to it; name `draft.<fieldId>`). */
export function draftFragment(doc: Y.Doc, fieldId: string): Y.XmlFragment {
  return doc.getXmlFragment(draftFieldName(fieldId))
}

/** A text field's plain text, one line per paragraph or list item. */
export function draftFieldText(doc: Y.Doc, fieldId: string): string {
  return fragmentText(draftFragment(doc, fieldId))
}

/** «Не вошло в форму»: text that has no place in the current form. */
export function leftoverFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(DraftKey.leftover)
}

/** The plain text of «Не вошло в форму». */
export function leftoverText(doc: Y.Doc): string {
  return fragmentText(leftoverFragment(doc))
}

/** One item of a list field. */
export interface ListItem extends Ordered {
  readonly fieldId: string
  readonly text: string
}

const ItemField = { field: 'field', text: 'text' } as const
const itemsMap = (doc: Y.Doc) => doc.getMap<unknown>(DraftKey.listItems)

/** Every list item of every field, in order within each field. */
export function allListItems(doc: Y.Doc): ListItem[] {
  return readRows(itemsMap(doc), (id, entry, key) => {
    const fieldId = readString(entry, ItemField.field)
    return fieldId === '' ? null : { id, key, fieldId, text: readString(entry, ItemField.text) }
  })
}

/** The items of one list field, in order. */
export function listItems(doc: Y.Doc, fieldId: string): ListItem[] {
  return allListItems(doc).filter((item) => item.fieldId === fieldId)
}

/** Adds an item to a list field (at `index`, the end by default) and returns its id. */
export function addListItem(doc: Y.Doc, fieldId: string, text: string, options: { id?: string; index?: number } = {}): string {
  return insertRow(itemsMap(doc), listItems(doc, fieldId), { [ItemField.field]: fieldId, [ItemField.text]: cleanText(text, LIST_ITEM_MAX) }, options)
}

/** Changes an item's text; false when it is gone. */
export function updateListItem(doc: Y.Doc, itemId: string, text: string): boolean {
  return patchRow(itemsMap(doc), itemId, { [ItemField.text]: cleanText(text, LIST_ITEM_MAX) })
}

/** Moves an item to `index` of its list (its index once moved); false when it is gone. */
export function moveListItem(doc: Y.Doc, itemId: string, index: number): boolean {
  const item = allListItems(doc).find((i) => i.id === itemId)
  if (!item) return false
  return moveRow(itemsMap(doc), listItems(doc, item.fieldId), itemId, index)
}

/**
 * Moves items into another list field at its end, keeping their ids (the
 * calendar plan refers to tasks by id) and their order.
 */
export function reassignListItems(doc: Y.Doc, itemIds: readonly string[], toFieldId: string): void {
  doc.transact(() => {
    for (const id of itemIds) {
      const target = listItems(doc, toFieldId).filter((i) => i.id !== id)
      patchRow(itemsMap(doc), id, { [ItemField.field]: toFieldId })
      moveRow(itemsMap(doc), target, id, target.length)
    }
  })
}

/** Removes an item; returns what `restoreListItem` needs, or null when it was already gone. */
export function removeListItem(doc: Y.Doc, itemId: string): RowSnapshot | null {
  return removeRow(itemsMap(doc), itemId)
}

/** Puts a removed item back; false when it exists again. */
export function restoreListItem(doc: Y.Doc, snapshot: RowSnapshot): boolean {
  return restoreRow(itemsMap(doc), snapshot)
}

const choicesMap = (doc: Y.Doc) => doc.getMap<unknown>(DraftKey.choices)

/** What a choice field has selected, in the order chosen. */
export function choiceValues(doc: Y.Doc, fieldId: string): string[] {
  const v = choicesMap(doc).get(fieldId)
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

/** Sets a choice field's selection as one value (the last writer wins); an empty selection clears it. */
export function setChoiceValues(doc: Y.Doc, fieldId: string, values: readonly string[]): void {
  const clean = [...new Set(values.map((v) => cleanText(v, 300)).filter((v) => v !== ''))].slice(0, CHOICE_MAX)
  if (clean.length === 0) {
    if (choicesMap(doc).has(fieldId)) choicesMap(doc).delete(fieldId)
    return
  }
  if (JSON.stringify(choiceValues(doc, fieldId)) !== JSON.stringify(clean)) choicesMap(doc).set(fieldId, clean)
}
