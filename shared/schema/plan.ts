/**
 * The module plan, in the board document (`board:<id>`): dated activities of
 * the studio module, shown by month and reordered by drag and drop.
 *
 * `plan`: Y.Map item id → Y.Map {title, place, owner, status, initiativeId,
 * slot}. `slot` is ONE value {start, end, key}: the dates and the fractional
 * order within the start's month change together, so two people moving the
 * same item at once end with one of their moves whole (last writer wins),
 * never a start from one and an end or key from the other. The item's month
 * is always its start's month.
 */
import * as Y from 'yjs'
import { ID_PATTERN, newId } from '../docId.js'
import { assertDate, cleanText, isIsoDate, observeMaps, readString, restoreEntry, snapshotEntry } from './board.js'
import type { EntrySnapshot } from './board.js'
import { keyAtEnd, keyAtStart, keyForIndex, readOrderKey, sortOrdered } from './order.js'

/** Name of the board document's map of plan items. */
export const BOARD_PLAN = 'plan'

/** Statuses of a plan item, in their natural order. */
export const PLAN_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]

/** Longest kept lengths (characters); longer input is cut. */
export const PLAN_LIMITS = { title: 200, place: 200, owner: 80 } as const

/** Keys of a plan item's entry: the only place they are spelled. */
const Field = { title: 'title', place: 'place', owner: 'owner', status: 'status', initiativeId: 'initiativeId', slot: 'slot' } as const

/** A plan item as the views see it. */
export interface PlanItem {
  readonly id: string
  readonly title: string
  /** First day, `YYYY-MM-DD`. */
  readonly start: string
  /** Last day, `YYYY-MM-DD` (not before `start`), or null for a one-day item. */
  readonly end: string | null
  readonly place: string
  readonly owner: string
  readonly status: PlanStatus
  /** The card (initiative) this activity belongs to, or null. */
  readonly initiativeId: string | null
  /** The start's month, `YYYY-MM`. */
  readonly month: string
  readonly key: string
}

/** One month of the plan with its items in order. */
export interface PlanMonth {
  readonly month: string
  readonly items: readonly PlanItem[]
}

/** Fields `updatePlanItem` may change; absent fields stay as they are. */
export interface PlanPatch {
  title?: string
  /** A new start moves the item (to the end of its new month if the month changes); `end` shifts along unless given. */
  start?: string
  end?: string | null
  place?: string
  owner?: string
  status?: PlanStatus
  initiativeId?: string | null
}

/** Input of `createPlanItem`; `at` defaults to the end of the start's month, `id` to a new random one. */
export interface NewPlanItem extends PlanPatch {
  title: string
  start: string
  at?: 'start' | 'end'
  id?: string
}

/** A deleted plan item, for `restorePlanItem` (undo). */
export type PlanSnapshot = EntrySnapshot

/** What the filters keep: an item must match every given condition. */
export interface PlanFilter {
  statuses?: readonly PlanStatus[]
  owner?: string
}

type Entry = Y.Map<unknown>
interface Slot {
  start: string
  end: string | null
  key: string
}
const planMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_PLAN)
const entryOf = (doc: Y.Doc, id: string): Entry | null => {
  const value = planMap(doc).get(id)
  return value instanceof Y.Map ? (value as Entry) : null
}

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/
const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** True for a `YYYY-MM` month. */
export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value)
}

/** The month (`YYYY-MM`) of a `YYYY-MM-DD` day. */
export function monthOf(day: string): string {
  return day.slice(0, 7)
}

/** Number of days in a `YYYY-MM` month. */
export function daysInMonth(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()
}

/** The `YYYY-MM-DD` day `n` days after `day` (before, when negative). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** Days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** The local calendar day of a moment, `YYYY-MM-DD` (what the person sees as "today"). */
export function localDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** `n` consecutive months from `from` (a Date in local time, a `YYYY-MM` month or a `YYYY-MM-DD` day). */
export function upcomingMonths(from: Date | string, n: number): string[] {
  const first = typeof from === 'string' ? from.slice(0, 7) : localDay(from).slice(0, 7)
  if (!isMonth(first)) throw new Error(`invalid month: ${JSON.stringify(from)}`)
  const year = Number(first.slice(0, 4))
  const month = Number(first.slice(5, 7)) - 1
  return Array.from({ length: Math.max(0, n) }, (_, i) => `${pad(year + Math.floor((month + i) / 12), 4)}-${pad(((month + i) % 12) + 1)}`)
}

const isStatus = (value: unknown): value is PlanStatus => (PLAN_STATUSES as readonly unknown[]).includes(value)

function readSlot(value: unknown): Slot | null {
  if (typeof value !== 'object' || value === null) return null
  const { start, end, key } = value as { start?: unknown; end?: unknown; key?: unknown }
  if (typeof start !== 'string' || !isIsoDate(start)) return null
  const validEnd = typeof end === 'string' && isIsoDate(end) && end >= start ? end : null
  return { start, end: validEnd, key: readOrderKey(key) }
}

function readItem(id: string, value: unknown): PlanItem | null {
  if (!(value instanceof Y.Map) || !ID_PATTERN.test(id)) return null
  const entry = value as Entry
  const slot = readSlot(entry.get(Field.slot))
  if (!slot) return null
  const status = entry.get(Field.status)
  const initiativeId = readString(entry, Field.initiativeId)
  return {
    id,
    title: readString(entry, Field.title),
    ...slot,
    place: readString(entry, Field.place),
    owner: readString(entry, Field.owner),
    status: isStatus(status) ? status : 'planned',
    initiativeId: ID_PATTERN.test(initiativeId) ? initiativeId : null,
    month: monthOf(slot.start),
  }
}

/** Every plan item, by month, then position within it. */
export function listPlanItems(doc: Y.Doc): PlanItem[] {
  return planByMonth(doc).flatMap((m) => m.items)
}

/** One plan item, or null when it does not exist. */
export function getPlanItem(doc: Y.Doc, id: string): PlanItem | null {
  return readItem(id, planMap(doc).get(id))
}

/** The plan by month, oldest first, items in order; `months` are included even when empty. */
export function planByMonth(doc: Y.Doc, months: readonly string[] = []): PlanMonth[] {
  const byMonth = new Map<string, PlanItem[]>(months.filter(isMonth).map((m) => [m, []]))
  planMap(doc).forEach((value, id) => {
    const item = readItem(id, value)
    if (!item) return
    const list = byMonth.get(item.month)
    if (list) list.push(item)
    else byMonth.set(item.month, [item])
  })
  return [...byMonth.keys()].sort().map((month) => ({ month, items: sortOrdered(byMonth.get(month) ?? []) }))
}

const itemsIn = (doc: Y.Doc, month: string) => planByMonth(doc, [month]).find((m) => m.month === month)?.items ?? []

function checkRange(start: string, end: string | null | undefined): void {
  assertDate(start)
  assertDate(end)
  if (end != null && end < start) throw new Error(`end ${end} is before start ${start}`)
}

function writeFields(entry: Entry, patch: PlanPatch): void {
  const set = (key: string, value: string) => {
    if (entry.get(key) !== value) entry.set(key, value)
  }
  if (patch.title !== undefined) set(Field.title, cleanText(patch.title, PLAN_LIMITS.title))
  if (patch.place !== undefined) set(Field.place, cleanText(patch.place, PLAN_LIMITS.place))
  if (patch.owner !== undefined) set(Field.owner, cleanText(patch.owner, PLAN_LIMITS.owner))
  if (patch.status !== undefined) set(Field.status, patch.status)
  if (patch.initiativeId === null) entry.delete(Field.initiativeId)
  else if (patch.initiativeId !== undefined) set(Field.initiativeId, patch.initiativeId)
}

function checkPatch(patch: PlanPatch): void {
  if (patch.status !== undefined && !isStatus(patch.status)) throw new Error(`invalid status: ${JSON.stringify(patch.status)}`)
  if (patch.initiativeId != null && !ID_PATTERN.test(patch.initiativeId)) throw new Error(`invalid initiative id: ${JSON.stringify(patch.initiativeId)}`)
}

/** Adds a plan item (at the end of its month by default) and returns its id. */
export function createPlanItem(doc: Y.Doc, input: NewPlanItem): string {
  const id = input.id ?? newId()
  if (!ID_PATTERN.test(id)) throw new Error(`invalid plan item id: ${JSON.stringify(id)}`)
  checkRange(input.start, input.end)
  checkPatch(input)
  doc.transact(() => {
    if (planMap(doc).has(id)) throw new Error(`plan item exists: ${id}`)
    const items = itemsIn(doc, monthOf(input.start))
    const key = input.at === 'start' ? keyAtStart(items) : keyAtEnd(items)
    // Integrated first: writeFields reads the entry, which a detached Y.Map cannot do.
    const entry = planMap(doc).set(id, new Y.Map<unknown>())
    writeFields(entry, { place: '', owner: '', status: 'planned', ...input })
    entry.set(Field.slot, { start: input.start, end: input.end ?? null, key } satisfies Slot)
  })
  return id
}

/** Changes the given fields (see `PlanPatch` for dates); false when the item is gone. */
export function updatePlanItem(doc: Y.Doc, id: string, patch: PlanPatch): boolean {
  const entry = entryOf(doc, id)
  const item = getPlanItem(doc, id)
  if (!entry || !item) return false
  checkPatch(patch)
  assertDate(patch.start)
  const start = patch.start ?? item.start
  const shifted = item.end === null ? null : addDays(item.end, daysBetween(item.start, start))
  const end = patch.end !== undefined ? patch.end : shifted
  checkRange(start, end)
  doc.transact(() => {
    writeFields(entry, patch)
    if (start === item.start && end === item.end) return
    const key = monthOf(start) === item.month ? item.key : keyAtEnd(itemsIn(doc, monthOf(start)))
    entry.set(Field.slot, { start, end, key } satisfies Slot)
  })
  return true
}

/**
 * Moves an item to `toIndex` of month `toMonth` (its index once moved) in one
 * write: the start keeps its day of month (clamped to the month's length),
 * the end shifts by as many days, and the key is set. False when it is gone.
 */
export function movePlanItem(doc: Y.Doc, id: string, toMonth: string, toIndex: number): boolean {
  if (!isMonth(toMonth)) throw new Error(`invalid month: ${JSON.stringify(toMonth)}`)
  const entry = entryOf(doc, id)
  const item = getPlanItem(doc, id)
  if (!entry || !item) return false
  const day = Math.min(Number(item.start.slice(8, 10)), daysInMonth(toMonth))
  const start = `${toMonth}-${pad(day)}`
  const end = item.end === null ? null : addDays(item.end, daysBetween(item.start, start))
  const key = keyForIndex(itemsIn(doc, toMonth), toIndex, id)
  if (start !== item.start || key !== item.key) entry.set(Field.slot, { start, end, key } satisfies Slot)
  return true
}

/** Deletes a plan item and returns what `restorePlanItem` needs, or null when it was already gone. */
export function deletePlanItem(doc: Y.Doc, id: string): PlanSnapshot | null {
  const snapshot = snapshotEntry(planMap(doc), id)
  if (snapshot) planMap(doc).delete(id)
  return snapshot
}

/** Puts a deleted plan item back as it was; false when an item with its id exists. */
export function restorePlanItem(doc: Y.Doc, snapshot: PlanSnapshot): boolean {
  return restoreEntry(planMap(doc), snapshot)
}

/** True when `item` passes `filter` (pure). */
export function matchesPlanFilter(item: PlanItem, filter: PlanFilter): boolean {
  if (filter.statuses !== undefined && !filter.statuses.includes(item.status)) return false
  return filter.owner === undefined || item.owner === filter.owner
}

/** The months with only the items passing `filter`; months stay, even when emptied (pure). */
export function filterPlan(months: readonly PlanMonth[], filter: PlanFilter): PlanMonth[] {
  return months.map((m) => ({ month: m.month, items: m.items.filter((item) => matchesPlanFilter(item, filter)) }))
}

/** The distinct owners named in the plan, sorted (for the owner filter). */
export function planOwners(months: readonly PlanMonth[]): string[] {
  const owners = new Set(months.flatMap((m) => m.items.map((item) => item.owner)).filter((o) => o !== ''))
  return [...owners].sort((a, b) => a.localeCompare(b, 'ru'))
}

/** Calls `cb` with the plan by month after every change to it. Returns the unsubscribe function. */
export function observePlan(doc: Y.Doc, cb: (months: PlanMonth[]) => void): () => void {
  return observeMaps([planMap(doc)], () => cb(planByMonth(doc)))
}
