/** The kanban's drag order and the reading of others' drag states: pure parts of the view. */
import { describe, expect, it } from 'vitest'
import { columnDropId, fullIndex, moveAcross, orderWith, spotAfter, stageOfDropId, stageOfItem } from '../../client/src/views/kanban/dragModel.js'
import { readRemoteDrag } from '../../client/src/views/kanban/useDragPresence.js'

const placement = { idea: ['a', 'b', 'c'], initiative: ['d'], draft: [] }

describe('kanban drag model', () => {
  it('tells column ids from card ids', () => {
    expect(stageOfDropId(columnDropId('idea'))).toBe('idea')
    expect(stageOfDropId('idea')).toBeNull()
    expect(stageOfItem(placement, 'd')).toBe('initiative')
    expect(stageOfItem(placement, columnDropId('draft'))).toBe('draft')
    expect(stageOfItem(placement, columnDropId('gone'))).toBeNull()
    expect(stageOfItem(placement, 'zzz')).toBeNull()
  })

  it('carries a card across: before or after the card it is over, or to the end of a column', () => {
    expect(moveAcross(placement, 'a', 'd', false)).toEqual({ idea: ['b', 'c'], initiative: ['a', 'd'], draft: [] })
    expect(moveAcross(placement, 'a', 'd', true)).toEqual({ idea: ['b', 'c'], initiative: ['d', 'a'], draft: [] })
    expect(moveAcross(placement, 'a', columnDropId('draft'), false)).toEqual({ idea: ['b', 'c'], initiative: ['d'], draft: ['a'] })
    // Within one stage nothing moves here: the sortable list shows that.
    expect(moveAcross(placement, 'a', 'c', false)).toBe(placement)
  })

  it('says where a drop lands, with the position and the stage size', () => {
    expect(spotAfter(placement, 'a', 'c', false)).toEqual({ stage: 'idea', index: 2, total: 3 })
    expect(spotAfter(placement, 'c', 'a', true)).toEqual({ stage: 'idea', index: 0, total: 3 })
    expect(spotAfter(placement, 'b', columnDropId('idea'), false)).toEqual({ stage: 'idea', index: 1, total: 3 })
    expect(spotAfter(placement, 'a', 'd', true)).toEqual({ stage: 'initiative', index: 1, total: 2 })
    expect(spotAfter(placement, 'a', columnDropId('draft'), false)).toEqual({ stage: 'draft', index: 0, total: 1 })
    expect(spotAfter(placement, 'a', 'nowhere', false)).toBeNull()
  })

  it('places the card among all cards of a stage when a filter hides some', () => {
    expect(orderWith(['a', 'b', 'c'], 'a', 2)).toEqual(['b', 'c', 'a'])
    expect(orderWith(['b', 'c'], 'x', 9)).toEqual(['b', 'c', 'x'])
    const all = ['p', 'q', 'r', 's']
    // Shown: q, s (p and r hidden). Dropped between q and s → right after q.
    expect(fullIndex(all, ['q', 'x', 's'], 'x')).toBe(2)
    // Dropped first → right before q.
    expect(fullIndex(all, ['x', 'q', 's'], 'x')).toBe(1)
    // Alone in the shown list → the end.
    expect(fullIndex(all, ['x'], 'x')).toBe(4)
    // A card moving within its own stage is left out of the count.
    expect(fullIndex(['p', 'q', 'r'], ['q', 'p', 'r'], 'p')).toBe(1)
  })
})

describe('reading what others drag', () => {
  it('accepts only a valid card or stage id with a named person', () => {
    expect(readRemoteDrag({ user: { name: 'Анна', color: '#1f5f8b' }, dragging: { cardId: 'card_1' } })).toEqual({
      id: 'card_1',
      person: { name: 'Анна', color: '#1f5f8b' },
    })
    // A stage is read as its column's id, which no card id can be.
    expect(readRemoteDrag({ user: { name: 'Анна', color: '#1f5f8b' }, dragging: { stageId: 'won' } })?.id).toBe(columnDropId('won'))
    expect(readRemoteDrag({ user: { name: 'Анна', color: 'red;}' }, dragging: { cardId: 'c1' } })?.person.color).toBe('#555555')
    const junk: unknown[] = [
      null,
      5,
      {},
      { user: { name: 'A' } },
      { user: { name: 'A' }, dragging: null },
      { user: { name: '  ' }, dragging: { cardId: 'c1' } },
      { user: { name: 'A' }, dragging: { cardId: 'bad id!' } },
      { user: { name: 'A' }, dragging: { cardId: 7 } },
      { user: { name: 'A' }, dragging: { stageId: 'stage:won' } },
      { user: 'A', dragging: { cardId: 'c1' } },
    ]
    for (const state of junk) expect(readRemoteDrag(state)).toBeNull()
  })
})
