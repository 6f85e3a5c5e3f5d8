/** The follow module's pure parts: reading a published view defensively, field selectors, a page's documents, scroll fractions. */
import { describe, expect, it } from 'vitest'
import { parseRoute } from '../../client/src/routing/router.js'
import { fieldSelector, readView, routeDocs, scrollFraction } from '../../client/src/views/follow/view.js'

describe('a published view', () => {
  it('reads a good one and clamps the scroll', () => {
    expect(readView({ user: { name: 'Анна' }, view: { session: 'abc123', path: '/b/x/i/y?view=draft', scroll: 1.7, field: 'data-block:goal' } })).toEqual({
      session: 'abc123',
      path: '/b/x/i/y?view=draft',
      scroll: 1,
      field: 'data-block:goal',
    })
  })

  it('refuses what could lead elsewhere or is malformed', () => {
    expect(readView({ view: { session: 'abc', path: 'https://evil.example/', scroll: 0 } })).toBeNull()
    expect(readView({ view: { session: 'abc', path: '//evil.example/x', scroll: 0 } })).toBeNull()
    expect(readView({ view: { session: 'a b', path: '/', scroll: 0 } })).toBeNull()
    expect(readView({ user: { name: 'Анна' } })).toBeNull()
    expect(readView(null)).toBeNull()
    expect(readView({ view: { session: 'abc', path: '/', scroll: 'x', field: 'id:"]) *' } })).toEqual({ session: 'abc', path: '/', scroll: 0, field: null })
  })

  it('turns a field name into a selector', () => {
    expect(fieldSelector('data-block:goal')).toBe('[data-block="goal"]')
    expect(fieldSelector('id:canvas-goal')).toBe('[id="canvas-goal"]')
  })
})

describe('the documents of a page', () => {
  it('names the board first, then the page’s own document', () => {
    expect(routeDocs(parseRoute('/b/palana'))).toEqual(['board:palana'])
    expect(routeDocs(parseRoute('/b/palana/n/n1'))).toEqual(['board:palana', 'note:n1'])
    expect(routeDocs(parseRoute('/b/palana/i/c1'))).toEqual(['board:palana', 'initiative:c1'])
    expect(routeDocs(parseRoute('/'))).toEqual([])
    expect(routeDocs(parseRoute('/templates'))).toEqual([])
  })
})

describe('scroll fraction', () => {
  it('is 0…1 of the room to scroll, 0 when the page fits', () => {
    expect(scrollFraction(0, 2000, 800)).toBe(0)
    expect(scrollFraction(600, 2000, 800)).toBe(0.5)
    expect(scrollFraction(5000, 2000, 800)).toBe(1)
    expect(scrollFraction(100, 700, 800)).toBe(0)
  })
})
