/** How versions are named and grouped in the history list. */
import { describe, expect, it } from 'vitest'
import type { VersionMeta } from '../../shared/versions.js'
import { translator } from '../../client/src/i18n/i18n.js'
import { authorsSince, groupByDay, versionTitle } from '../../client/src/views/history/versionLabel.js'
import { toVersionMeta } from '../../client/src/api/versions.js'

const t = translator('ru')
const at = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min).toISOString()
const version = (id: string, createdAt: string, over: Partial<VersionMeta> = {}): VersionMeta => ({ id, createdAt, kind: 'auto', name: null, authors: [], bytes: 10, ...over })

describe('version labels', () => {
  const now = new Date(2026, 10, 27, 15, 0)
  const list = [
    version('v4', at(2026, 11, 27, 14, 5), { kind: 'beforeRestore', restoredFrom: 'v1', authors: ['Борис'] }),
    version('v3', at(2026, 11, 27, 9, 30), { kind: 'named', name: 'Отправлено эксперту', authors: ['Анна'] }),
    version('v2', at(2026, 11, 26, 18, 0), { authors: ['Анна', 'Борис'] }),
    version('v1', at(2026, 11, 20, 11, 15)),
  ]

  it('groups by day: today, yesterday, then the date', () => {
    const days = groupByDay(list, t, 'ru', now)
    expect(days.map((d) => [d.label, d.versions.map((v) => v.id)])).toEqual([
      ['Сегодня', ['v4', 'v3']],
      ['Вчера', ['v2']],
      ['20 ноября 2026 г.', ['v1']],
    ])
  })

  it('names a version by its name, its kind, or the version it was restored from', () => {
    expect(versionTitle(list[1]!, list, t, 'ru')).toBe('Отправлено эксперту')
    expect(versionTitle(list[2]!, list, t, 'ru')).toBe('Автосохранение')
    expect(versionTitle(list[0]!, list, t, 'ru')).toMatch(/^До восстановления версии от 20 ноября( 2026 г\.)?,? (в )?11:15$/)
    expect(versionTitle(version('x', at(2026, 11, 27, 1), { kind: 'beforeRestore', restoredFrom: 'gone' }), list, t, 'ru')).toBe('До восстановления другой версии')
  })

  it('collects who edited after a moment, each once', () => {
    expect(authorsSince(list, at(2026, 11, 26, 12))).toEqual(['Борис', 'Анна'])
    expect(authorsSince(list, at(2026, 11, 27, 15))).toEqual([])
  })

  it('reads the server’s version metadata defensively', () => {
    expect(toVersionMeta({ id: 'a-b', createdAt: '2026-11-27T10:00:00.000Z', kind: 'named', name: 'X', authors: ['A', 3], bytes: 5 })).toEqual({
      id: 'a-b',
      createdAt: '2026-11-27T10:00:00.000Z',
      kind: 'named',
      name: 'X',
      authors: ['A'],
      bytes: 5,
    })
    expect(toVersionMeta({ id: 'a', createdAt: 'yesterday', kind: 'auto' })).toBeNull()
    expect(toVersionMeta({ id: 'a', createdAt: '2026-11-27T10:00:00.000Z', kind: 'other' })).toBeNull()
  })
})
