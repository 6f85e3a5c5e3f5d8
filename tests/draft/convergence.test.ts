/**
 * Draft rows under concurrency: random inserts, moves, edits and removals of
 * list items, activities and budget lines on three replicas, synced in random
 * order, end with every replica showing the same rows in the same order —
 * none duplicated, none lost but the removed ones.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  addActivity, addBudgetLine, addListItem, listActivities, listBudgetLines, listItems, moveActivity, moveBudgetLine, moveListItem, removeActivity,
  removeListItem, setDraftTemplateId, updateActivity, updateBudgetLine, updateListItem,
} from '../../shared/draft/index.js'
import { replica, send, syncAll } from '../schema/replicas.js'

type Op =
  | { t: 'addItem' | 'addActivity' | 'addLine'; r: number; index: number }
  | { t: 'moveItem' | 'moveActivity' | 'moveLine'; r: number; pick: number; index: number }
  | { t: 'editItem' | 'editActivity' | 'editLine'; r: number; pick: number }
  | { t: 'removeItem' | 'removeActivity'; r: number; pick: number }
  | { t: 'sync'; from: number; to: number }

const R = 3
const r = fc.nat(R - 1)
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constantFrom('addItem', 'addActivity', 'addLine' as const), r, index: fc.nat(6) }),
  fc.record({ t: fc.constantFrom('moveItem', 'moveActivity', 'moveLine' as const), r, pick: fc.nat(20), index: fc.nat(6) }),
  fc.record({ t: fc.constantFrom('editItem', 'editActivity', 'editLine' as const), r, pick: fc.nat(20) }),
  fc.record({ t: fc.constantFrom('removeItem', 'removeActivity' as const), r, pick: fc.nat(20) }),
  fc.record({ t: fc.constant('sync' as const), from: r, to: r }),
)

const snapshot = (doc: Y.Doc) => ({ items: listItems(doc, 'tasks'), activities: listActivities(doc), lines: listBudgetLines(doc) })

describe('draft rows under concurrency', () => {
  it('two people add tasks at the same spot while apart: both kept, same order everywhere', () => {
    const a = replica(1)
    const b = replica(2)
    addListItem(a, 'tasks', 'Первая')
    syncAll(a, b)
    addListItem(a, 'tasks', 'От Анны', { index: 0 })
    addListItem(b, 'tasks', 'От Бориса', { index: 0 })
    const moved = listItems(a, 'tasks').find((i) => i.text === 'Первая')!.id
    moveListItem(a, moved, 0)
    moveListItem(b, moved, 5)
    syncAll(a, b)
    expect(listItems(a, 'tasks')).toEqual(listItems(b, 'tasks'))
    expect(listItems(a, 'tasks').map((i) => i.text).sort()).toEqual(['Первая', 'От Анны', 'От Бориса'].sort())
  })

  it('property: replicas converge without duplicates or losses', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const docs = Array.from({ length: R }, (_, i) => replica(i + 1))
        setDraftTemplateId(docs[0]!, 'fpg-2026')
        const created = new Set<string>()
        const removed = new Set<string>()
        let n = 0
        for (const o of ops) {
          if (o.t === 'sync') {
            send(docs[o.from]!, docs[o.to]!)
            continue
          }
          const doc = docs[o.r]!
          const { items, activities, lines } = snapshot(doc)
          const pick = <T extends { id: string }>(rows: T[], k: number) => rows[k % Math.max(1, rows.length)]
          switch (o.t) {
            case 'addItem': created.add(addListItem(doc, 'tasks', `задача ${n++}`, { index: o.index })); break
            case 'addActivity': created.add(addActivity(doc, { title: `мероприятие ${n++}`, index: o.index })); break
            case 'addLine': created.add(addBudgetLine(doc, { article: '7', item: `расход ${n++}`, unitPrice: 100, index: o.index })); break
            case 'moveItem': { const row = pick(items, o.pick); if (row) moveListItem(doc, row.id, o.index); break }
            case 'moveActivity': { const row = pick(activities, o.pick); if (row) moveActivity(doc, row.id, o.index); break }
            case 'moveLine': { const row = pick(lines, o.pick); if (row) moveBudgetLine(doc, row.id, o.index); break }
            case 'editItem': { const row = pick(items, o.pick); if (row) updateListItem(doc, row.id, `правка ${n++}`); break }
            case 'editActivity': { const row = pick(activities, o.pick); if (row) updateActivity(doc, row.id, { place: `место ${n++}` }); break }
            case 'editLine': { const row = pick(lines, o.pick); if (row) updateBudgetLine(doc, row.id, { quantity: n++ }); break }
            case 'removeItem': { const row = pick(items, o.pick); if (row && removeListItem(doc, row.id)) removed.add(row.id); break }
            case 'removeActivity': { const row = pick(activities, o.pick); if (row && removeActivity(doc, row.id)) removed.add(row.id); break }
          }
        }
        syncAll(...docs)
        syncAll(...docs)
        const first = snapshot(docs[0]!)
        for (const doc of docs.slice(1)) expect(snapshot(doc)).toEqual(first)
        const ids = [...first.items, ...first.activities, ...first.lines].map((row) => row.id)
        expect(new Set(ids).size).toBe(ids.length)
        expect(new Set(ids)).toEqual(new Set([...created].filter((id) => !removed.has(id))))
      }),
      { numRuns: 120 },
    )
  })
})
