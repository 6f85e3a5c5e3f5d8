/** The plan's drag arithmetic: which month a drop lands in and the index `movePlanItem` gets, filters on or off. */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createPlanItem, movePlanItem, planByMonth } from '../../shared/schema/plan.js'
import { dropPlace, indexAmongAll, listOf, monthDropId, monthOfDropId, moveTo } from '../../client/src/views/plan/dropIndex.js'

describe('plan drag arithmetic', () => {
  it('tells month droppables from items', () => {
    expect(monthDropId('2027-03')).toBe('month:2027-03')
    expect(monthOfDropId('month:2027-03')).toBe('2027-03')
    expect(monthOfDropId('abc')).toBeNull()
    const lists = { '2027-03': ['a', 'b'], '2027-04': [] }
    expect(listOf(lists, 'b')).toBe('2027-03')
    expect(listOf(lists, 'month:2027-04')).toBe('2027-04')
    expect(listOf(lists, 'month:2027-05')).toBeNull()
    expect(listOf(lists, 'zzz')).toBeNull()
  })

  it('moves an id between lists, clamping the index', () => {
    const lists = { m1: ['a', 'b', 'c'], m2: ['d'] }
    expect(moveTo(lists, 'b', 'm2', 0)).toEqual({ m1: ['a', 'c'], m2: ['b', 'd'] })
    expect(moveTo(lists, 'b', 'm2', 9)).toEqual({ m1: ['a', 'c'], m2: ['d', 'b'] })
    expect(moveTo(lists, 'a', 'm1', 2)).toEqual({ m1: ['b', 'c', 'a'], m2: ['d'] })
    expect(lists).toEqual({ m1: ['a', 'b', 'c'], m2: ['d'] })
  })

  it('says where a drop puts the item, the same way the list shows it', () => {
    const lists = { m1: ['a', 'b', 'c'], m2: ['d', 'e'], m3: [] }
    // In its own month: it takes the place of the item it is over.
    expect(dropPlace(lists, 'a', 'c')).toEqual({ month: 'm1', index: 2, total: 3 })
    expect(dropPlace(lists, 'c', 'a')).toEqual({ month: 'm1', index: 0, total: 3 })
    expect(dropPlace(lists, 'b', 'month:m1')).toEqual({ month: 'm1', index: 1, total: 3 })
    // Onto another month's item (before the preview caught up): right after it.
    expect(dropPlace(lists, 'a', 'd')).toEqual({ month: 'm2', index: 1, total: 3 })
    // Onto a month's empty area: at its end.
    expect(dropPlace(lists, 'a', 'month:m2')).toEqual({ month: 'm2', index: 2, total: 3 })
    expect(dropPlace(lists, 'a', 'month:m3')).toEqual({ month: 'm3', index: 0, total: 1 })
    expect(dropPlace(lists, 'zzz', 'a')).toBeNull()
  })

  it('without filters the index is the position shown', () => {
    expect(indexAmongAll(['x', 'a', 'b'], ['a', 'b'], 'x')).toBe(0)
    expect(indexAmongAll(['a', 'x', 'b'], ['a', 'b'], 'x')).toBe(1)
    expect(indexAmongAll(['a', 'b', 'x'], ['a', 'b'], 'x')).toBe(2)
    expect(indexAmongAll(['x'], [], 'x')).toBe(0)
    // Reordering inside the month: the item is in `full` too.
    expect(indexAmongAll(['b', 'a', 'c'], ['a', 'b', 'c'], 'a')).toBe(1)
  })

  it('with filters, hidden items keep their places around the drop', () => {
    // Full month: a h1 b h2 (h* hidden by the filter); shown: a b. Dropped between a and b.
    expect(indexAmongAll(['a', 'x', 'b'], ['a', 'h1', 'b', 'h2'], 'x')).toBe(2)
    // Dropped after b, the last one shown: right after b, before the hidden h2.
    expect(indexAmongAll(['a', 'b', 'x'], ['a', 'h1', 'b', 'h2'], 'x')).toBe(3)
    // Into a month whose items are all hidden: at its end.
    expect(indexAmongAll(['x'], ['h1', 'h2'], 'x')).toBe(2)
  })

  it('lands where the preview showed it, with movePlanItem', () => {
    const doc = new Y.Doc()
    for (const [id, start] of [
      ['a', '2027-03-05'],
      ['b', '2027-03-10'],
      ['c', '2027-04-02'],
      ['d', '2027-04-20'],
    ] as const)
      createPlanItem(doc, { id, title: id, start })
    const shown = { '2027-03': ['a', 'b'], '2027-04': ['c', 'd'] }
    const preview = moveTo(shown, 'a', '2027-04', 1)
    const full = (planByMonth(doc, ['2027-04']).find((m) => m.month === '2027-04')?.items ?? []).map((i) => i.id)
    movePlanItem(doc, 'a', '2027-04', indexAmongAll(preview['2027-04'] ?? [], full, 'a'))
    expect(planByMonth(doc).map((m) => [m.month, m.items.map((i) => `${i.id}@${i.start}`)])).toEqual([
      ['2027-03', ['b@2027-03-10']],
      ['2027-04', ['c@2027-04-02', 'a@2027-04-05', 'd@2027-04-20']],
    ])
  })
})
