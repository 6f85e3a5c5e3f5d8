/** Pure logic of the draft's tables: quantities and days typed the Russian way, row moves within a group, date flags. */
import { describe, expect, it } from 'vitest'
import { activityFlags } from '../../client/src/views/draft/tables/activityFlags.js'
import { parseRuDay, toRuDay } from '../../client/src/views/draft/tables/dates.js'
import { formatNumber, groupMoveIndex, neighbourIndex, parseQuantity } from '../../client/src/views/draft/tables/numbers.js'

describe('parseQuantity', () => {
  it('reads whole and decimal numbers with a comma or a point, and spaces between thousands', () => {
    expect(parseQuantity('3')).toBe(3)
    expect(parseQuantity('0,5')).toBe(0.5)
    expect(parseQuantity('2.25')).toBe(2.25)
    expect(parseQuantity('1 000')).toBe(1000)
    expect(parseQuantity('1\u00a0000,5')).toBe(1000.5)
  })
  it('says empty for nothing and null for what is not a quantity', () => {
    expect(parseQuantity('  ')).toBe('empty')
    for (const bad of ['-1', '1,234', 'три', '1e3', '1,2,3', '12345678901234']) expect(parseQuantity(bad)).toBeNull()
  })
  it('prints the Russian way', () => {
    expect(formatNumber(2.5, 'ru')).toBe('2,5')
    expect(formatNumber(1000, 'ru')).toBe('1\u00a0000')
  })
})

describe('neighbourIndex and groupMoveIndex', () => {
  // The plan in order; task A holds a1, a2, a3 with b1 of task B between them.
  const all = [{ id: 'a1' }, { id: 'b1' }, { id: 'a2' }, { id: 'a3' }]
  const groupA = [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }]
  /** What `moveRow` does with an index once moved. */
  const move = (list: string[], id: string, index: number) => {
    const rest = list.filter((x) => x !== id)
    rest.splice(index, 0, id)
    return rest
  }
  it('moves past the neighbour in the group, skipping other groups’ rows', () => {
    expect(neighbourIndex(all, groupA, 'a2', -1)).toBe(0)
    expect(neighbourIndex(all, groupA, 'a1', 1)).toBe(2)
    expect(neighbourIndex(all, groupA, 'a2', 1)).toBe(3)
  })
  it('gives null at the ends of the group and for a row that is gone', () => {
    expect(neighbourIndex(all, groupA, 'a1', -1)).toBeNull()
    expect(neighbourIndex(all, groupA, 'a3', 1)).toBeNull()
    expect(neighbourIndex(all, groupA, 'x', 1)).toBeNull()
  })
  it('lands the row where moveRow puts it (index once moved)', () => {
    const ids = all.map((r) => r.id)
    expect(move(ids, 'a1', neighbourIndex(all, groupA, 'a1', 1) as number).filter((x) => x.startsWith('a'))).toEqual(['a2', 'a1', 'a3'])
    expect(move(ids, 'a3', neighbourIndex(all, groupA, 'a3', -1) as number).filter((x) => x.startsWith('a'))).toEqual(['a1', 'a3', 'a2'])
  })
  it('puts a dragged row at any place of its group, as the group shows it (groupMoveIndex)', () => {
    const ids = all.map((r) => r.id)
    const dropped = (id: string, to: number) => move(ids, id, groupMoveIndex(all, groupA, id, to) as number)
    // Every row to every place: the group reads as a sortable list's arrayMove, the other group's row stays.
    for (const [from, row] of groupA.entries()) {
      for (let to = 0; to < groupA.length; to++) {
        const expected = move(groupA.map((r) => r.id), row.id, to)
        expect(dropped(row.id, to).filter((x) => x.startsWith('a')), `${row.id} from ${from} to ${to}`).toEqual(expected)
        expect(dropped(row.id, to)).toContain('b1')
      }
    }
    expect(groupMoveIndex(all, groupA, 'a1', 3)).toBeNull()
    expect(groupMoveIndex(all, groupA, 'x', 0)).toBeNull()
  })
})

describe('Russian days', () => {
  it('reads ДД.ММ.ГГГГ, short forms and ISO', () => {
    expect(parseRuDay('01.03.2026')).toBe('2026-03-01')
    expect(parseRuDay('1.3.2026')).toBe('2026-03-01')
    expect(parseRuDay('1/3/26')).toBe('2026-03-01')
    expect(parseRuDay('2026-03-01')).toBe('2026-03-01')
    expect(parseRuDay(' ')).toBe('empty')
  })
  it('refuses days that do not exist', () => {
    for (const bad of ['31.04.2026', '29.02.2026', '00.01.2026', '12.13.2026', 'завтра', '2026-02-30']) expect(parseRuDay(bad)).toBeNull()
    expect(parseRuDay('29.02.2028')).toBe('2028-02-29')
  })
  it('prints ДД.ММ.ГГГГ', () => {
    expect(toRuDay('2026-03-01')).toBe('01.03.2026')
  })
})

describe('activityFlags', () => {
  const period = { start: '2026-03-01', end: '2026-11-30' }
  it('flags an activity outside the project period', () => {
    expect(activityFlags({ start: '2026-12-01', end: '2026-12-10' }, period)).toEqual(['outsidePeriod'])
    expect(activityFlags({ start: '2026-02-20', end: '2026-03-10' }, period)).toEqual(['outsidePeriod'])
    expect(activityFlags({ start: null, end: '2026-12-01' }, period)).toEqual(['outsidePeriod'])
    expect(activityFlags({ start: '2026-03-01', end: '2026-11-30' }, period)).toEqual([])
  })
  it('flags an end before the start; nothing without a period or dates', () => {
    expect(activityFlags({ start: '2026-05-10', end: '2026-05-01' }, period)).toEqual(['endBeforeStart'])
    expect(activityFlags({ start: '2027-05-10', end: null }, null)).toEqual([])
    expect(activityFlags({ start: null, end: null }, period)).toEqual([])
  })
})
