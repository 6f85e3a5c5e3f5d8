import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addDays,
  createPlanItem,
  daysBetween,
  daysInMonth,
  deletePlanItem,
  filterPlan,
  getPlanItem,
  isMonth,
  listPlanItems,
  localDay,
  matchesPlanFilter,
  monthOf,
  movePlanItem,
  observePlan,
  planByMonth,
  planOwners,
  restorePlanItem,
  upcomingMonths,
  updatePlanItem,
  type PlanItem,
} from '../../shared/schema/plan.js'
import { replica, syncAll } from './replicas.js'

const item = (doc: Y.Doc, id: string, start: string, extra: Partial<Parameters<typeof createPlanItem>[1]> = {}) =>
  createPlanItem(doc, { id, title: id, start, ...extra })
const months = (doc: Y.Doc) => planByMonth(doc).map((m) => `${m.month}:${m.items.map((i) => i.id).join(',')}`)

describe('plan: dates', () => {
  it('month and day arithmetic', () => {
    expect(isMonth('2025-12')).toBe(true)
    expect(isMonth('2025-13')).toBe(false)
    expect(monthOf('2025-03-15')).toBe('2025-03')
    expect(daysInMonth('2024-02')).toBe(29)
    expect(daysInMonth('2025-02')).toBe(28)
    expect(daysInMonth('2025-12')).toBe(31)
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02')
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28')
    expect(daysBetween('2025-03-30', '2025-04-02')).toBe(3)
    expect(localDay(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05')
  })

  it('upcoming months from a date, a month or a day', () => {
    expect(upcomingMonths(new Date(2025, 10, 20), 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(upcomingMonths('2025-12', 2)).toEqual(['2025-12', '2026-01'])
    expect(upcomingMonths('2025-01-31', 1)).toEqual(['2025-01'])
    expect(upcomingMonths('2025-01', 0)).toEqual([])
    expect(() => upcomingMonths('soon', 2)).toThrow(/invalid month/)
  })
})

describe('plan: items', () => {
  it('creates, reads, updates a plan item', () => {
    const doc = new Y.Doc()
    const id = createPlanItem(doc, { title: ' Субботник ', start: '2025-05-14', place: 'Берег', owner: 'Дмитрий', initiativeId: 'card1' })
    expect(getPlanItem(doc, id)).toEqual<PlanItem>({
      id,
      title: 'Субботник',
      start: '2025-05-14',
      end: null,
      place: 'Берег',
      owner: 'Дмитрий',
      status: 'planned',
      initiativeId: 'card1',
      month: '2025-05',
      key: expect.any(String) as string,
    })
    expect(updatePlanItem(doc, id, { status: 'done', initiativeId: null, end: '2025-05-15', title: 'Уборка' })).toBe(true)
    expect(getPlanItem(doc, id)).toMatchObject({ status: 'done', initiativeId: null, end: '2025-05-15', title: 'Уборка' })
    // A new start shifts the end along.
    updatePlanItem(doc, id, { start: '2025-05-20' })
    expect(getPlanItem(doc, id)).toMatchObject({ start: '2025-05-20', end: '2025-05-21' })
    expect(() => updatePlanItem(doc, id, { end: '2025-05-01' })).toThrow(/before start/)
    expect(() => updatePlanItem(doc, id, { status: 'maybe' as never })).toThrow(/invalid status/)
    expect(() => createPlanItem(doc, { title: 'x', start: '2025-02-30' })).toThrow(/invalid date/)
    expect(() => createPlanItem(doc, { title: 'x', start: '2025-02-03', initiativeId: 'bad id' })).toThrow(/invalid initiative/)
    expect(() => createPlanItem(doc, { title: 'x', start: '2025-02-03', id })).toThrow(/exists/)
    expect(updatePlanItem(doc, 'gone', { title: 'x' })).toBe(false)
  })

  it('groups by month in key order; changing the month by update appends to the new month', () => {
    const doc = new Y.Doc()
    item(doc, 'a', '2025-05-20')
    item(doc, 'b', '2025-05-02')
    item(doc, 'c', '2025-04-30')
    item(doc, 'd', '2025-05-01', { at: 'start' })
    expect(months(doc)).toEqual(['2025-04:c', '2025-05:d,a,b'])
    expect(planByMonth(doc, ['2025-06', '2025-04', 'junk']).map((m) => m.month)).toEqual(['2025-04', '2025-05', '2025-06'])
    updatePlanItem(doc, 'd', { start: '2025-04-02' })
    expect(months(doc)).toEqual(['2025-04:c,d', '2025-05:a,b'])
    expect(listPlanItems(doc).map((i) => i.id)).toEqual(['c', 'd', 'a', 'b'])
  })

  it('moves an item to a month and index: day kept (clamped), end shifted, one write', () => {
    const doc = new Y.Doc()
    item(doc, 'x', '2025-01-31', { end: '2025-02-02' })
    item(doc, 'f1', '2025-02-10')
    item(doc, 'f2', '2025-02-11')
    let updates = 0
    doc.on('update', () => updates++)
    expect(movePlanItem(doc, 'x', '2025-02', 1)).toBe(true)
    expect(updates).toBe(1)
    expect(getPlanItem(doc, 'x')).toMatchObject({ start: '2025-02-28', end: '2025-03-02', month: '2025-02' })
    expect(months(doc)).toEqual(['2025-02:f1,x,f2'])
    // Within the month: only the order changes.
    movePlanItem(doc, 'x', '2025-02', 0)
    expect(getPlanItem(doc, 'x')?.start).toBe('2025-02-28')
    expect(months(doc)).toEqual(['2025-02:x,f1,f2'])
    movePlanItem(doc, 'f2', '2026-03', 0)
    expect(getPlanItem(doc, 'f2')).toMatchObject({ start: '2026-03-11', end: null })
    expect(movePlanItem(doc, 'gone', '2025-02', 0)).toBe(false)
    expect(() => movePlanItem(doc, 'x', '2025-2', 0)).toThrow(/invalid month/)
  })

  it('concurrent moves of one item keep dates and order from one move', () => {
    const a = replica(1)
    const b = replica(2)
    item(a, 'x', '2025-03-10', { end: '2025-03-12' })
    syncAll(a, b)
    movePlanItem(a, 'x', '2025-05', 0)
    movePlanItem(b, 'x', '2025-04', 0)
    syncAll(a, b)
    const x = getPlanItem(a, 'x')!
    expect(getPlanItem(b, 'x')).toEqual(x)
    expect(daysBetween(x.start, x.end!)).toBe(2)
    expect(['2025-04', '2025-05']).toContain(x.month)
  })

  it('deletes and restores an item', () => {
    const doc = new Y.Doc()
    item(doc, 'a', '2025-05-01')
    item(doc, 'b', '2025-05-02', { owner: 'Анна', status: 'in_progress' })
    item(doc, 'c', '2025-05-03')
    const before = getPlanItem(doc, 'b')
    const snapshot = deletePlanItem(doc, 'b')!
    expect(getPlanItem(doc, 'b')).toBeNull()
    expect(deletePlanItem(doc, 'b')).toBeNull()
    expect(restorePlanItem(doc, snapshot)).toBe(true)
    expect(getPlanItem(doc, 'b')).toEqual(before)
    expect(months(doc)).toEqual(['2025-05:a,b,c'])
    expect(restorePlanItem(doc, snapshot)).toBe(false)
  })

  it('filters by status and owner, lists owners (pure)', () => {
    const doc = new Y.Doc()
    item(doc, 'a', '2025-05-01', { owner: 'Анна', status: 'done' })
    item(doc, 'b', '2025-05-02', { owner: 'Виктор' })
    item(doc, 'c', '2025-06-02', { owner: 'Анна', status: 'cancelled' })
    const groups = planByMonth(doc)
    const ids = (f: Parameters<typeof filterPlan>[1]) => filterPlan(groups, f).map((m) => m.items.map((i) => i.id).join(','))
    expect(ids({ owner: 'Анна' })).toEqual(['a', 'c'])
    expect(ids({ statuses: ['planned', 'in_progress'] })).toEqual(['b', ''])
    expect(ids({ statuses: ['done'], owner: 'Анна' })).toEqual(['a', ''])
    expect(matchesPlanFilter(getPlanItem(doc, 'b')!, {})).toBe(true)
    expect(planOwners(groups)).toEqual(['Анна', 'Виктор'])
  })

  it('ignores junk and repairs a bad end on read', () => {
    const doc = new Y.Doc()
    item(doc, 'ok', '2025-05-01')
    const plan = doc.getMap('plan')
    plan.set('junk', 'x')
    const noSlot = new Y.Map<unknown>()
    plan.set('noslot', noSlot)
    const bad = new Y.Map<unknown>()
    plan.set('bad', bad)
    bad.set('slot', { start: '2025-05-05', end: '2025-05-01', key: 'zz' })
    bad.set('status', 'weird')
    expect(listPlanItems(doc).map((i) => i.id)).toEqual(['bad', 'ok'])
    expect(getPlanItem(doc, 'bad')).toMatchObject({ end: null, key: '', status: 'planned' })
  })

  it('notifies observers and stops after unsubscribe', () => {
    const doc = new Y.Doc()
    const seen: string[][] = []
    const stop = observePlan(doc, (groups) => seen.push(groups.map((m) => m.month)))
    item(doc, 'a', '2025-05-01')
    movePlanItem(doc, 'a', '2025-07', 0)
    stop()
    item(doc, 'b', '2025-05-01')
    expect(seen).toEqual([['2025-05'], ['2025-07']])
  })
})
