/**
 * The project period: the dates set on the draft (ФПГ fields 5–6), else the
 * span of the calendar plan — the form derives them from the plan too.
 * Months are counted the way a period limit reads: a project from 1 March
 * 2026 to 31 August 2027 lasts 18 months, one to 1 September lasts 19.
 */
import type * as Y from 'yjs'
import { listActivities, type Activity } from './calendar.js'
import { draftPeriod } from './meta.js'

/** A whole period (both ends known), and whether it was set or derived from the plan. */
export interface ResolvedPeriod {
  readonly start: string
  readonly end: string
  readonly source: 'draft' | 'plan'
}

/** The period of the plan's dated activities (earliest start, latest end), or null when none is dated. */
export function planSpan(activities: readonly Activity[]): { start: string; end: string } | null {
  const starts = activities.map((a) => a.start).filter((d): d is string => d !== null)
  const ends = activities.map((a) => a.end ?? a.start).filter((d): d is string => d !== null)
  if (starts.length === 0 || ends.length === 0) return null
  return { start: starts.reduce((a, b) => (a < b ? a : b)), end: ends.reduce((a, b) => (a > b ? a : b)) }
}

/** The project period: the draft's dates where set, the plan's span for the rest; null when neither gives both ends. */
export function projectPeriod(doc: Y.Doc, activities: readonly Activity[] = listActivities(doc)): ResolvedPeriod | null {
  const set = draftPeriod(doc)
  if (set.start !== null && set.end !== null) return { start: set.start, end: set.end, source: 'draft' }
  const span = planSpan(activities)
  const start = set.start ?? span?.start ?? null
  const end = set.end ?? span?.end ?? null
  if (start === null || end === null || end < start) return null
  return { start, end, source: 'plan' }
}

/** The day `months` calendar months after `day` (clamped to the month's end: 31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(d, last))
  return first.toISOString().slice(0, 10)
}

/** How many months a period lasts, counting a started month as a whole one (both days included). */
export function periodMonths(start: string, end: string): number {
  if (end < start) return 0
  const [y1, m1] = start.split('-').map(Number) as [number, number]
  const [y2, m2] = end.split('-').map(Number) as [number, number]
  // Start just below the answer, so years-long periods take a step or two.
  let months = Math.max(1, (y2 - y1) * 12 + (m2 - m1) - 1)
  // The period fits in `months` months when its last day comes before start + months.
  while (addMonths(start, months) <= end) months++
  return months
}
