/**
 * Changing a draft's form (ФПГ → regional competition, …) without losing a
 * word. Each field with content finds its place in the new form: the field
 * with the same id, else the same role, else the one fed by the most of the
 * same canvas blocks. Text that has no place goes to «Не вошло в форму» under
 * the old field's title. Nothing is ever deleted before it is written
 * elsewhere, in the same transaction.
 *
 * The period and the tables (calendar plan, results, budget, team, partners)
 * belong to the draft, not to a form: they stay as they are, and a form
 * without one of them shows it under «Не вошло в форму» in the export.
 */
import * as Y from 'yjs'
import { templateFields, type Template, type TemplateField } from '../templates/types.js'
import { DraftKey, draftFieldName } from './keys.js'
import { countField } from './counting.js'
import { addListItem, allListItems, choiceValues, draftFragment, leftoverFragment, listItems, reassignListItems, removeListItem, setChoiceValues, type ListItem } from './fields.js'
import { setDraftTemplateId } from './meta.js'
import { prefillField, type CreateDraftOptions } from './prefill.js'
import { appendBulletList, appendNodes, clearFragment, copyNodes, fragmentLines, headingNode, isBlank } from './richCopy.js'

type Store = 'text' | 'list' | 'choice' | 'fixed'

/** Where a field's content is kept. */
function storeOf(field: TemplateField): Store {
  if (field.kind === 'text' || field.kind === 'rich') return 'text'
  if (field.kind === 'list' || field.kind === 'choice') return field.kind
  return 'fixed'
}

/** Text can go between text fields and lists; a choice only to a choice (or as text, see below). */
const convertible = (a: Store, b: Store) => (a === b && a !== 'fixed') || (a !== 'fixed' && a !== 'choice' && (b === 'text' || b === 'list'))

/** The new form's field for an old field's content, or null when there is none. */
export function matchField(field: TemplateField, candidates: readonly TemplateField[]): TemplateField | null {
  const store = storeOf(field)
  const usable = candidates.filter((c) => convertible(store, storeOf(c)) || (store === 'choice' && storeOf(c) === 'text'))
  const sameStore = (c: TemplateField) => storeOf(c) === store
  const byId = usable.filter((c) => c.id === field.id)
  const byRole = field.role === undefined ? [] : usable.filter((c) => c.role === field.role)
  for (const group of [byId, byRole]) {
    const best = group.find(sameStore) ?? group[0]
    if (best) return best
  }
  let best: TemplateField | null = null
  let bestShared = 0
  for (const c of usable) {
    const shared = c.from.filter((block) => field.from.includes(block)).length
    if (shared > bestShared) [best, bestShared] = [c, shared]
  }
  return best
}

/** What `switchTemplate` did, for a notice in the UI. */
export interface SwitchReport {
  readonly moved: ReadonlyArray<{ readonly from: string; readonly to: string }>
  /** Old fields whose content went (whole or in part) to «Не вошло в форму». */
  readonly leftover: readonly string[]
  /** New fields filled from the canvas because nothing landed in them. */
  readonly prefilled: readonly string[]
}

/** An old field's content, taken out of its place. */
type Content =
  | { kind: 'text'; nodes: Array<Y.XmlElement | Y.XmlText>; lines: string[] }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'choice'; values: string[] }

function take(doc: Y.Doc, field: TemplateField): Content {
  const store = storeOf(field)
  if (store === 'text') {
    const fragment = draftFragment(doc, field.id)
    const content: Content = { kind: 'text', nodes: copyNodes(fragment), lines: fragmentLines(fragment) }
    clearFragment(fragment)
    return content
  }
  if (store === 'list') return { kind: 'list', items: listItems(doc, field.id) }
  const values = choiceValues(doc, field.id)
  setChoiceValues(doc, field.id, [])
  return { kind: 'choice', values }
}

/** Puts content into a text fragment, under `heading` when given. */
function putText(doc: Y.Doc, fragment: Y.XmlFragment, content: Content, heading: string | null): void {
  if (heading !== null) appendNodes(fragment, [headingNode(heading)])
  if (content.kind === 'text') appendNodes(fragment, content.nodes)
  else if (content.kind === 'list') {
    appendBulletList(fragment, content.items.map((i) => i.text))
    for (const item of content.items) removeListItem(doc, item.id)
  } else appendBulletList(fragment, content.values)
}

function put(doc: Y.Doc, field: TemplateField, target: TemplateField | null, content: Content, incoming: number): 'moved' | 'leftover' | 'partly' {
  if (target === null) {
    putText(doc, leftoverFragment(doc), content, field.title)
    return 'leftover'
  }
  const store = storeOf(target)
  if (store === 'text') {
    const fragment = draftFragment(doc, target.id)
    const heading = !isBlank(fragment) || incoming > 1 || content.kind !== 'text' ? field.title : null
    putText(doc, fragment, content, heading)
    return 'moved'
  }
  if (store === 'list') {
    if (content.kind === 'list') reassignListItems(doc, content.items.map((i) => i.id), target.id)
    else for (const line of content.kind === 'text' ? content.lines : content.values) addListItem(doc, target.id, line)
    return 'moved'
  }
  // A choice: keep what the new form offers, the rest goes to «Не вошло в форму».
  const values = content.kind === 'choice' ? content.values : []
  const options = target.options ?? []
  setChoiceValues(doc, target.id, [...choiceValues(doc, target.id), ...values.filter((v) => options.includes(v))])
  const rest = values.filter((v) => !options.includes(v))
  if (rest.length === 0) return 'moved'
  putText(doc, leftoverFragment(doc), { kind: 'choice', values: rest }, field.title)
  return 'partly'
}

/**
 * Fields that hold content in the document but are in neither form — left by
 * a template edited since, or a wrong `from` — as stand-in fields named by
 * their id, so their text moves too instead of staying out of sight.
 */
function strayFields(doc: Y.Doc, known: ReadonlySet<string>): TemplateField[] {
  const stray = (id: string, kind: 'rich' | 'list' | 'choice'): TemplateField => ({ id, number: '', title: id, kind, required: false, hint: '', from: [] })
  const out: TemplateField[] = []
  const prefix = draftFieldName('')
  for (const name of doc.share.keys()) {
    const id = name.slice(prefix.length)
    if (name.startsWith(prefix) && !known.has(id) && !isBlank(doc.getXmlFragment(name))) out.push(stray(id, 'rich'))
  }
  for (const id of new Set(allListItems(doc).map((i) => i.fieldId))) if (!known.has(id)) out.push(stray(id, 'list'))
  doc.getMap<unknown>(DraftKey.choices).forEach((_value, id) => {
    if (!known.has(id) && choiceValues(doc, id).length > 0) out.push(stray(id, 'choice'))
  })
  return out
}

/**
 * Lays the draft out in another template (see the module comment); empty new
 * fields are then filled from the canvas like `createDraft` does.
 */
export function switchTemplate(doc: Y.Doc, from: Template, to: Template, options: CreateDraftOptions = {}): SwitchReport {
  const moved: Array<{ from: string; to: string }> = []
  const leftover: string[] = []
  const prefilled: string[] = []
  doc.transact(() => {
    const toFields = templateFields(to)
    const fromFields = templateFields(from)
    const known = new Set([...fromFields, ...toFields].map((f) => f.id))
    const plan = [...fromFields, ...strayFields(doc, known)]
      .filter((f) => storeOf(f) !== 'fixed' && countField(doc, f).filled)
      .map((field) => ({ field, target: matchField(field, toFields) }))
      // Content already in the right place stays there untouched.
      .filter(({ field, target }) => !(target && target.id === field.id && storeOf(target) === storeOf(field) && storeOf(field) !== 'choice'))
    const contents = plan.map((p) => ({ ...p, content: take(doc, p.field) }))
    const incoming = new Map<string, number>()
    for (const { target } of plan) if (target) incoming.set(target.id, (incoming.get(target.id) ?? 0) + 1)
    for (const { field, target, content } of contents) {
      const result = put(doc, field, target, content, target ? (incoming.get(target.id) ?? 0) : 0)
      if (target && result !== 'leftover') moved.push({ from: field.id, to: target.id })
      if (result !== 'moved') leftover.push(field.id)
    }
    const landed = new Set(moved.map((m) => m.to))
    for (const field of toFields) {
      if (!landed.has(field.id) && prefillField(doc, field, options)) prefilled.push(field.id)
    }
    setDraftTemplateId(doc, to.id)
  })
  return { moved, leftover, prefilled }
}
