/** Where the activities sit on the timeline strip: positions in per cent of the window, and lanes so bars never overlap. */
import { addDays, daysBetween, daysInMonth, type PlanItem } from '../../../../shared/schema/plan.js'

export interface Bar {
  item: PlanItem
  /** Left edge and width, per cent of the window. */
  left: number
  width: number
  lane: number
}

/** Narrowest room a bar takes when packing lanes (a one-day item is drawn as a dot this wide, about). */
const MIN_PCT = 3.5

/** Lays out the items that touch the window of `months` (consecutive `YYYY-MM`). */
export function layoutBars(items: readonly PlanItem[], months: readonly string[]): { bars: Bar[]; lanes: number; days: number[] } {
  const days = months.map(daysInMonth)
  const total = days.reduce((a, b) => a + b, 0)
  const first = months[0]
  const last = months[months.length - 1]
  if (!first || !last || total === 0) return { bars: [], lanes: 0, days }
  const from = `${first}-01`
  const to = addDays(`${last}-01`, daysInMonth(last) - 1)
  const pct = (day: string) => (daysBetween(from, day) / total) * 100
  const inside = items
    .filter((i) => i.start <= to && (i.end ?? i.start) >= from)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
  const laneEnds: number[] = []
  const bars = inside.map((item) => {
    const start = item.start < from ? from : item.start
    const endDay = item.end ?? item.start
    const end = endDay > to ? to : endDay
    const left = pct(start)
    const width = Math.max(pct(addDays(end, 1)) - left, 0)
    const room = Math.max(width, MIN_PCT)
    let lane = laneEnds.findIndex((e) => e <= left)
    if (lane < 0) lane = laneEnds.length
    laneEnds[lane] = left + room + 0.5
    return { item, left, width, lane }
  })
  return { bars, lanes: laneEnds.length, days }
}

/** Where `day` falls in the window, per cent; null outside it. */
export function dayPosition(day: string, months: readonly string[]): number | null {
  const first = months[0]
  if (!first) return null
  const total = months.reduce((a, m) => a + daysInMonth(m), 0)
  const at = daysBetween(`${first}-01`, day)
  return at < 0 || at >= total ? null : ((at + 0.5) / total) * 100
}
