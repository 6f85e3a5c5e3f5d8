/**
 * The calendar plan: activities (what, for whom, where), each under a task of
 * the form's task list (referred to by the list item's id), with its start,
 * end and expected result. One plan per draft, whatever the template.
 */
import type * as Y from 'yjs'
import { assertDate, cleanBlock, cleanText, isIsoDate, readString } from '../schema/board.js'
import type { Ordered } from '../schema/order.js'
import { DraftKey } from './keys.js'
import { insertRow, moveRow, patchRow, readRows, removeRow, restoreRow, type RowSnapshot } from './rows.js'

/** Longest kept lengths (characters). */
export const CALENDAR_LIMITS = { title: 2000, audience: 1000, place: 1000, result: 4000 } as const

/** One activity of the calendar plan. */
export interface Activity extends Ordered {
  /** The task (an item of the template's task list), or null when not yet assigned. */
  readonly taskId: string | null
  /** What is done. */
  readonly title: string
  /** For whom. */
  readonly audience: string
  /** Where. */
  readonly place: string
  /** First and last day, `YYYY-MM-DD`, or null when not set. */
  readonly start: string | null
  readonly end: string | null
  /** Expected result: how many people, what changes. */
  readonly result: string
}

/** Fields `updateActivity` may change; absent fields stay. */
export interface ActivityPatch {
  taskId?: string | null
  title?: string
  audience?: string
  place?: string
  start?: string | null
  end?: string | null
  result?: string
}

const Field = { taskId: 'taskId', title: 'title', audience: 'audience', place: 'place', start: 'start', end: 'end', result: 'result' } as const
const calendarMap = (doc: Y.Doc) => doc.getMap<unknown>(DraftKey.calendar)
const day = (value: string) => (isIsoDate(value) ? value : null)

/** The activities in plan order. */
export function listActivities(doc: Y.Doc): Activity[] {
  return readRows(calendarMap(doc), (id, entry, key) => {
    const taskId = readString(entry, Field.taskId)
    return {
      id,
      key,
      taskId: taskId === '' ? null : taskId,
      title: readString(entry, Field.title),
      audience: readString(entry, Field.audience),
      place: readString(entry, Field.place),
      start: day(readString(entry, Field.start)),
      end: day(readString(entry, Field.end)),
      result: readString(entry, Field.result),
    }
  })
}

function cells(patch: ActivityPatch) {
  assertDate(patch.start)
  assertDate(patch.end)
  return {
    [Field.taskId]: patch.taskId === undefined ? undefined : (patch.taskId ?? ''),
    [Field.title]: patch.title === undefined ? undefined : cleanText(patch.title, CALENDAR_LIMITS.title),
    [Field.audience]: patch.audience === undefined ? undefined : cleanText(patch.audience, CALENDAR_LIMITS.audience),
    [Field.place]: patch.place === undefined ? undefined : cleanText(patch.place, CALENDAR_LIMITS.place),
    [Field.start]: patch.start === undefined ? undefined : (patch.start ?? ''),
    [Field.end]: patch.end === undefined ? undefined : (patch.end ?? ''),
    [Field.result]: patch.result === undefined ? undefined : cleanBlock(patch.result, CALENDAR_LIMITS.result),
  }
}

const defined = <T>(record: Record<string, T | undefined>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter((e): e is [string, T] => e[1] !== undefined))

/** Adds an activity (at `index` of the plan, the end by default) and returns its id. */
export function addActivity(doc: Y.Doc, input: ActivityPatch & { id?: string; index?: number } = {}): string {
  const { id, index, ...patch } = input
  return insertRow(calendarMap(doc), listActivities(doc), defined(cells(patch)), { id, index })
}

/** Changes the given fields of an activity; false when it is gone. */
export function updateActivity(doc: Y.Doc, id: string, patch: ActivityPatch): boolean {
  return patchRow(calendarMap(doc), id, cells(patch))
}

/** Moves an activity to `index` of the plan (its index once moved); false when it is gone. */
export function moveActivity(doc: Y.Doc, id: string, index: number): boolean {
  return moveRow(calendarMap(doc), listActivities(doc), id, index)
}

/** Removes an activity; returns what `restoreActivity` needs, or null when it was already gone. */
export function removeActivity(doc: Y.Doc, id: string): RowSnapshot | null {
  return removeRow(calendarMap(doc), id)
}

/** Puts a removed activity back; false when it exists again. */
export function restoreActivity(doc: Y.Doc, snapshot: RowSnapshot): boolean {
  return restoreRow(calendarMap(doc), snapshot)
}

/** A task with its activities, as the plan shows it. */
export interface TaskActivities {
  /** The task's id and text, or null for the activities under no known task. */
  readonly task: { readonly id: string; readonly text: string } | null
  readonly activities: readonly Activity[]
}

/**
 * The plan grouped by task, tasks in the list's order; activities whose task
 * is unset or gone come last under `task: null` (never hidden).
 */
export function activitiesByTask(activities: readonly Activity[], tasks: ReadonlyArray<{ id: string; text: string }>): TaskActivities[] {
  const known = new Set(tasks.map((t) => t.id))
  const groups: TaskActivities[] = tasks.map((task) => ({ task: { id: task.id, text: task.text }, activities: activities.filter((a) => a.taskId === task.id) }))
  const orphans = activities.filter((a) => a.taskId === null || !known.has(a.taskId))
  if (orphans.length > 0) groups.push({ task: null, activities: orphans })
  return groups
}
