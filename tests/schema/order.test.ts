import { describe, expect, it } from 'vitest'
import {
  compareOrdered,
  isOrderKey,
  keyAtEnd,
  keyAtStart,
  keyBetween,
  keyForIndex,
  keysBetween,
  readOrderKey,
  sortOrdered,
  type Ordered,
} from '../../shared/schema/order.js'

const list = (...keys: string[]): Ordered[] => keys.map((key, i) => ({ id: `i${i}`, key }))
const ids = (items: readonly Ordered[]) => items.map((i) => i.id)

describe('fractional order', () => {
  it('makes keys between neighbours and at the ends', () => {
    const a = keyBetween(null, null)
    const b = keyBetween(a, null)
    const mid = keyBetween(a, b)
    expect(a < mid && mid < b).toBe(true)
    expect(keyBetween(null, a) < a).toBe(true)
    const many = keysBetween(a, b, 5)
    expect(many).toHaveLength(5)
    expect([...many].sort()).toEqual(many)
    expect(many[0]! > a && many[4]! < b).toBe(true)
  })

  it('tolerates equal or missing neighbours', () => {
    const a = keyBetween(null, null)
    expect(keyBetween(a, a) > a).toBe(true)
    expect(keysBetween(a, a, 2).every((k) => k > a)).toBe(true)
    expect(keyBetween('', a) < a).toBe(true)
    expect(keyBetween(a, '') > a).toBe(true)
  })

  it('validates keys a peer wrote', () => {
    expect(isOrderKey('a0')).toBe(true)
    expect(isOrderKey('')).toBe(false)
    expect(isOrderKey('a00')).toBe(false) // trailing zero
    expect(isOrderKey('!!')).toBe(false)
    expect(isOrderKey(7)).toBe(false)
    expect(readOrderKey('zz junk')).toBe('')
    expect(readOrderKey('a1')).toBe('a1')
  })

  it('sorts by key then id, by code units', () => {
    const items: Ordered[] = [
      { id: 'b', key: 'a1' },
      { id: 'a', key: 'a1' },
      { id: 'c', key: 'Zz' },
      { id: 'd', key: 'a0V' },
    ]
    expect(ids(sortOrdered(items))).toEqual(['c', 'd', 'a', 'b'])
    expect(compareOrdered({ id: 'x', key: 'a0' }, { id: 'x', key: 'a0' })).toBe(0)
  })

  it('keys for appending and prepending', () => {
    const items = list('a0', 'a1')
    expect(keyAtEnd(items) > 'a1').toBe(true)
    expect(keyAtStart(items) < 'a0').toBe(true)
    expect(keyAtEnd([])).toBe(keyBetween(null, null))
  })

  it('key for moving an item to an index of the list without it', () => {
    const items = list('a0', 'a1', 'a2', 'a3') // i0..i3
    const place = (id: string, index: number) => {
      const key = keyForIndex(items, index, id)
      return ids(sortOrdered(items.map((it) => (it.id === id ? { ...it, key } : it))))
    }
    expect(place('i0', 3)).toEqual(['i1', 'i2', 'i3', 'i0'])
    expect(place('i3', 0)).toEqual(['i3', 'i0', 'i1', 'i2'])
    expect(place('i0', 2)).toEqual(['i1', 'i2', 'i0', 'i3'])
    expect(place('i2', 1)).toEqual(['i0', 'i2', 'i1', 'i3'])
    expect(place('i1', 99)).toEqual(['i0', 'i2', 'i3', 'i1'])
    expect(place('i1', -5)).toEqual(['i1', 'i0', 'i2', 'i3'])
    // Already there: the key is kept.
    expect(keyForIndex(items, 2, 'i2')).toBe('a2')
    // A new item (not in the list).
    const key = keyForIndex(items, 1)
    expect(key > 'a0' && key < 'a1').toBe(true)
  })

  it('inside a run of equal keys the item lands after the run', () => {
    const items = list('a0', 'a1', 'a1', 'a2') // i1, i2 tie
    const key = keyForIndex(items, 2, 'x')
    expect(key > 'a1' && key < 'a2').toBe(true)
    // junk keys ('') sort first; a move among them lands after them
    const junk = list('', '', 'a0')
    const k = keyForIndex(junk, 1)
    expect(k > '' && k < 'a0').toBe(true)
  })
})
