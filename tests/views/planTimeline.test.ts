/** The timeline strip's layout: positions by day, clipping to the window, lanes that never overlap. */
import { describe, expect, it } from 'vitest'
import type { PlanItem } from '../../shared/schema/plan.js'
import { dayPosition, layoutBars } from '../../client/src/views/plan/timeline.js'

const item = (id: string, start: string, end: string | null = null): PlanItem => ({
  id,
  title: id,
  start,
  end,
  place: '',
  owner: '',
  status: 'planned',
  initiativeId: null,
  month: start.slice(0, 7),
  key: 'a0',
})

describe('plan timeline layout', () => {
  const months = ['2027-01', '2027-02'] // 31 + 28 = 59 days

  it('places bars by day and clips them to the window', () => {
    const { bars, days } = layoutBars([item('a', '2027-01-01'), item('b', '2027-02-20', '2027-03-10'), item('c', '2026-12-30', '2027-01-02'), item('z', '2027-03-01')], months)
    expect(days).toEqual([31, 28])
    expect(bars.map((b) => b.item.id)).toEqual(['c', 'a', 'b'])
    const [c, a, b] = bars
    expect(c?.left).toBe(0)
    expect(c?.width).toBeCloseTo((2 / 59) * 100)
    expect(a?.left).toBe(0)
    expect(b?.left).toBeCloseTo((50 / 59) * 100)
    expect((b?.left ?? 0) + (b?.width ?? 0)).toBeCloseTo(100)
  })

  it('puts overlapping activities on separate lanes and reuses free ones', () => {
    const { bars, lanes } = layoutBars([item('a', '2027-01-05', '2027-01-20'), item('b', '2027-01-10'), item('c', '2027-01-25'), item('d', '2027-02-10')], months)
    expect(Object.fromEntries(bars.map((b) => [b.item.id, b.lane]))).toEqual({ a: 0, b: 1, c: 0, d: 0 })
    expect(lanes).toBe(2)
  })

  it('marks today inside the window only', () => {
    expect(dayPosition('2027-01-01', months)).toBeCloseTo((0.5 / 59) * 100)
    expect(dayPosition('2026-12-31', months)).toBeNull()
    expect(dayPosition('2027-03-01', months)).toBeNull()
    expect(layoutBars([item('a', '2027-01-01')], [])).toEqual({ bars: [], lanes: 0, days: [] })
  })
})
