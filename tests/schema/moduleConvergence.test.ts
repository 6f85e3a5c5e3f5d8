/**
 * Property: random concurrent edits of cards, stages and plan items on four
 * replicas, with updates delivered one by one in random order (random subsets,
 * replicas offline for a while), end with every replica showing the same board,
 * no card or plan item duplicated or lost, and the same order everywhere.
 *
 * fast-check prints the seed and path of a failure; replay it with SEED=<seed>.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addStage,
  cardsByStage,
  createCard,
  deleteCard,
  listStages,
  moveCard,
  moveStage,
  removeStage,
  restoreCard,
  type CardSnapshot,
} from '../../shared/schema/kanban.js'
import { compareOrdered } from '../../shared/schema/order.js'
import { createPlanItem, deletePlanItem, monthOf, movePlanItem, planByMonth, upcomingMonths } from '../../shared/schema/plan.js'
import { replica } from './replicas.js'

const REPLICAS = 4
const MONTHS = upcomingMonths('2025-01', 4)
const REMOTE = Symbol('remote')

type Op =
  | { t: 'createCard'; r: number; stage: number; atStart: boolean }
  | { t: 'moveCard'; r: number; card: number; stage: number; index: number }
  | { t: 'deleteCard'; r: number; card: number }
  | { t: 'restoreCard'; r: number; pick: number }
  | { t: 'addStage'; r: number; index: number }
  | { t: 'removeStage'; r: number; stage: number }
  | { t: 'moveStage'; r: number; stage: number; index: number }
  | { t: 'createPlan'; r: number; month: number; day: number; span: number }
  | { t: 'movePlan'; r: number; item: number; month: number; index: number }
  | { t: 'deletePlan'; r: number; item: number }
  | { t: 'deliver'; to: number; picks: number[] }
  | { t: 'offline'; r: number }
  | { t: 'online'; r: number }

const r = fc.nat(REPLICAS - 1)
const n = fc.nat(20)
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('createCard' as const), r, stage: n, atStart: fc.boolean() }) },
  { weight: 6, arbitrary: fc.record({ t: fc.constant('moveCard' as const), r, card: n, stage: n, index: n }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('deleteCard' as const), r, card: n }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('restoreCard' as const), r, pick: n }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('addStage' as const), r, index: n }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('removeStage' as const), r, stage: n }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('moveStage' as const), r, stage: n, index: n }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('createPlan' as const), r, month: n, day: fc.integer({ min: 1, max: 31 }), span: fc.nat(40) }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('movePlan' as const), r, item: n, month: n, index: n }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('deletePlan' as const), r, item: n }) },
  { weight: 6, arbitrary: fc.record({ t: fc.constant('deliver' as const), to: r, picks: fc.array(fc.nat(), { maxLength: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('offline' as const), r }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('online' as const), r }) },
)

const at = <T,>(items: readonly T[], i: number): T | undefined => (items.length === 0 ? undefined : items[i % items.length])

/** Replicas that exchange individual updates, each delivered at most once, in whatever order the ops say. */
class Network {
  readonly docs = Array.from({ length: REPLICAS }, (_, i) => replica(i + 1))
  readonly offline = new Set<number>()
  private readonly log: Array<{ from: number; update: Uint8Array }> = []
  private readonly pending: number[][] = this.docs.map(() => [])

  constructor() {
    this.docs.forEach((doc, from) =>
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === REMOTE) return
        const index = this.log.push({ from, update }) - 1
        this.pending.forEach((queue, to) => to !== from && queue.push(index))
      }),
    )
  }

  /** Delivers the picked pending updates to `to` (only between replicas that are online). */
  deliver(to: number, picks: readonly number[]): void {
    if (this.offline.has(to)) return
    for (const pick of picks) {
      const queue = this.pending[to] as number[]
      const ready = queue.filter((i) => !this.offline.has((this.log[i] as { from: number }).from))
      const chosen = at(ready, pick)
      if (chosen === undefined) return
      queue.splice(queue.indexOf(chosen), 1)
      Y.applyUpdate(this.docs[to] as Y.Doc, (this.log[chosen] as { update: Uint8Array }).update, REMOTE)
    }
  }

  /** Everyone back online; every pending update delivered, in a scrambled order. */
  settle(order: readonly number[]): void {
    this.offline.clear()
    this.docs.forEach((_, to) => this.deliver(to, order))
    this.docs.forEach((_, to) => this.deliver(to, Array.from({ length: (this.pending[to] as number[]).length }, () => 0)))
  }
}

function run(ops: readonly Op[], order: readonly number[]): void {
  const net = new Network()
  const created = new Set<string>()
  const deleted = new Set<string>()
  const restored = new Set<string>()
  const snapshots: CardSnapshot[][] = net.docs.map(() => [])
  const plansCreated = new Set<string>()
  const plansDeleted = new Set<string>()

  ops.forEach((op, step) => {
    if (op.t === 'deliver') return net.deliver(op.to, op.picks)
    if (op.t === 'offline') return void net.offline.add(op.r)
    if (op.t === 'online') return void net.offline.delete(op.r)
    const doc = net.docs[op.r] as Y.Doc
    const columns = cardsByStage(doc)
    const stages = columns.map((c) => c.stage.id)
    const cards = columns.flatMap((c) => c.cards.map((x) => x.id))
    const plan = planByMonth(doc).flatMap((m) => m.items.map((x) => x.id))
    switch (op.t) {
      case 'createCard': {
        const id = `c${step}`
        createCard(doc, { id, title: id, createdBy: `u${op.r}`, stage: at(stages, op.stage), at: op.atStart ? 'start' : 'end' })
        created.add(id)
        return
      }
      case 'moveCard': {
        const id = at(cards, op.card)
        if (id) moveCard(doc, id, at(stages, op.stage) as string, op.index)
        return
      }
      case 'deleteCard': {
        const id = at(cards, op.card)
        const snapshot = id === undefined ? null : deleteCard(doc, id)
        if (snapshot) {
          deleted.add(snapshot.id)
          snapshots[op.r]?.push(snapshot)
        }
        return
      }
      case 'restoreCard': {
        const snapshot = at(snapshots[op.r] as CardSnapshot[], op.pick)
        if (snapshot && restoreCard(doc, snapshot)) restored.add(snapshot.id)
        return
      }
      case 'addStage':
        addStage(doc, { id: `s${step}`, title: `s${step}`, index: op.index })
        return
      case 'removeStage':
        removeStage(doc, at(stages, op.stage) as string)
        return
      case 'moveStage':
        moveStage(doc, at(stages, op.stage) as string, op.index)
        return
      case 'createPlan': {
        const id = `p${step}`
        const month = at(MONTHS, op.month) as string
        const start = `${month}-${String(Math.min(op.day, 28)).padStart(2, '0')}`
        const end = op.span === 0 ? null : new Date(Date.parse(`${start}T00:00:00Z`) + op.span * 86_400_000).toISOString().slice(0, 10)
        createPlanItem(doc, { id, title: id, start, end })
        plansCreated.add(id)
        return
      }
      case 'movePlan': {
        const id = at(plan, op.item)
        if (id) movePlanItem(doc, id, at(MONTHS, op.month) as string, op.index)
        return
      }
      case 'deletePlan': {
        const id = at(plan, op.item)
        if (id && deletePlanItem(doc, id)) plansDeleted.add(id)
        return
      }
    }
  })

  net.settle(order)
  for (const doc of net.docs) expect(doc.store.pendingStructs).toBeNull()

  // Every replica shows the same board: stages, columns, cards in the same order, the same plan.
  const views = net.docs.map((doc) => ({ stages: listStages(doc), columns: cardsByStage(doc), plan: planByMonth(doc) }))
  for (const view of views.slice(1)) expect(view).toEqual(views[0])
  const { columns, plan } = views[0]!

  // Cards: each exactly once; none lost; deleted ones (never restored) gone; nothing from nowhere.
  const shown = columns.flatMap((c) => c.cards.map((x) => x.id))
  expect(new Set(shown).size).toBe(shown.length)
  expect(shown.length).toBe(net.docs[0]!.getMap('cards').size)
  for (const id of created) {
    if (!deleted.has(id)) expect(shown).toContain(id)
    if (deleted.has(id) && !restored.has(id)) expect(shown).not.toContain(id)
  }
  for (const id of shown) expect(created.has(id)).toBe(true)
  for (const column of columns) {
    expect(column.cards.every((card) => card.stage === column.stage.id)).toBe(true)
    expect([...column.cards].sort(compareOrdered)).toEqual(column.cards)
  }

  // Plan items: each once, in its start's month, dates consistent; none lost.
  const items = plan.flatMap((m) => m.items)
  expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
  expect(items.length).toBe(net.docs[0]!.getMap('plan').size)
  for (const month of plan) {
    for (const item of month.items) {
      expect(monthOf(item.start)).toBe(month.month)
      if (item.end !== null) expect(item.end >= item.start).toBe(true)
    }
  }
  for (const id of plansCreated) expect(items.some((i) => i.id === id)).toBe(!plansDeleted.has(id))
}

const seed = process.env.SEED ? Number(process.env.SEED) : undefined

describe('module board under concurrency (property)', () => {
  it('replicas converge with no card or plan item duplicated or lost, in the same order', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 10, maxLength: 70 }), fc.array(fc.nat(), { maxLength: 50 }), (ops, order) => run(ops, order)),
      { seed, numRuns: 250 },
    )
  })
})
