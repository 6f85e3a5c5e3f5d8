/**
 * The budget: lines under the template's articles (item, unit, unit price,
 * quantity, co-financing, comment, the calendar-plan activities it pays for),
 * and the totals per article and overall. Amounts are integer kopecks.
 */
import type * as Y from 'yjs'
import { cleanBlock, cleanText, readString, readStringList } from '../schema/board.js'
import type { Ordered } from '../schema/order.js'
import type { BudgetArticle } from '../templates/types.js'
import { DraftKey } from './keys.js'
import { isKopecks, lineRequested, lineTotal, percentOf } from './money.js'
import { insertRow, moveRow, patchRow, readKopecks, readNumber, readRows, removeRow, restoreRow, type Cell, type RowSnapshot } from './rows.js'

/** What a line pays for, when a cap applies to it; unset lines are guessed (see `costKindOf`). */
export const COST_KINDS = ['salary', 'hotel', 'dailyAllowance', 'subcontract', 'other'] as const
export type CostKind = (typeof COST_KINDS)[number]

/** One budget line. */
export interface BudgetLine extends Ordered {
  /** The article's code («1.1», «7»). */
  readonly article: string
  readonly item: string
  /** Unit of measure («мес.», «сутки», «шт.»). */
  readonly unit: string
  /** Kopecks. */
  readonly unitPrice: number
  readonly quantity: number
  /** Kopecks. */
  readonly cofinancing: number
  readonly comment: string
  /** Calendar-plan activities this line pays for. */
  readonly activityIds: readonly string[]
  /** Set by the person; null = guess from the article and item. */
  readonly costKind: CostKind | null
}

export interface BudgetLinePatch {
  article?: string
  item?: string
  unit?: string
  unitPrice?: number
  quantity?: number
  cofinancing?: number
  comment?: string
  activityIds?: readonly string[]
  costKind?: CostKind | null
}

const budgetMap = (doc: Y.Doc) => doc.getMap<unknown>(DraftKey.budget)
const isCostKind = (v: string): v is CostKind => (COST_KINDS as readonly string[]).includes(v)

/** The budget lines in order. */
export function listBudgetLines(doc: Y.Doc): BudgetLine[] {
  return readRows(budgetMap(doc), (id, e, key) => {
    const quantity = readNumber(e, 'quantity')
    const costKind = readString(e, 'costKind')
    return {
      id,
      key,
      article: readString(e, 'article'),
      item: readString(e, 'item'),
      unit: readString(e, 'unit'),
      unitPrice: readKopecks(e, 'unitPrice'),
      quantity: quantity !== null && quantity >= 0 ? quantity : 0,
      cofinancing: readKopecks(e, 'cofinancing'),
      comment: readString(e, 'comment'),
      activityIds: readStringList(e, 'activityIds'),
      costKind: isCostKind(costKind) ? costKind : null,
    }
  })
}

function cells(patch: BudgetLinePatch): Record<string, Cell | undefined> {
  for (const name of ['unitPrice', 'cofinancing'] as const) {
    const v = patch[name]
    if (v !== undefined && !isKopecks(v)) throw new Error(`${name} must be whole kopecks: ${v}`)
  }
  if (patch.quantity !== undefined && (!Number.isFinite(patch.quantity) || patch.quantity < 0)) throw new Error(`invalid quantity: ${patch.quantity}`)
  return {
    article: patch.article === undefined ? undefined : cleanText(patch.article, 10),
    item: patch.item === undefined ? undefined : cleanText(patch.item, 1000),
    unit: patch.unit === undefined ? undefined : cleanText(patch.unit, 40),
    unitPrice: patch.unitPrice,
    quantity: patch.quantity === undefined ? undefined : Math.round(patch.quantity * 100) / 100,
    cofinancing: patch.cofinancing,
    comment: patch.comment === undefined ? undefined : cleanBlock(patch.comment, 2000),
    activityIds: patch.activityIds === undefined ? undefined : [...new Set(patch.activityIds)],
    costKind: patch.costKind === undefined ? undefined : (patch.costKind ?? ''),
  }
}

/** Adds a line (at `index`, the end by default) and returns its id. */
export function addBudgetLine(doc: Y.Doc, input: BudgetLinePatch & { id?: string; index?: number } = {}): string {
  const { id, index, ...patch } = input
  const written = Object.fromEntries(Object.entries(cells(patch)).filter((e): e is [string, Cell] => e[1] !== undefined))
  return insertRow(budgetMap(doc), listBudgetLines(doc), { article: '', quantity: 1, unitPrice: 0, cofinancing: 0, ...written }, { id, index })
}

/** Changes the given cells of a line; false when it is gone. */
export function updateBudgetLine(doc: Y.Doc, id: string, patch: BudgetLinePatch): boolean {
  return patchRow(budgetMap(doc), id, cells(patch))
}

/** Moves a line to `index` (its index once moved); false when it is gone. */
export function moveBudgetLine(doc: Y.Doc, id: string, index: number): boolean {
  return moveRow(budgetMap(doc), listBudgetLines(doc), id, index)
}

/** Removes a line; returns what `restoreBudgetLine` needs, or null when it was already gone. */
export function removeBudgetLine(doc: Y.Doc, id: string): RowSnapshot | null {
  return removeRow(budgetMap(doc), id)
}

/** Puts a removed line back; false when it exists again. */
export function restoreBudgetLine(doc: Y.Doc, snapshot: RowSnapshot): boolean {
  return restoreRow(budgetMap(doc), snapshot)
}

/** The kind a cap is checked against: the person's choice, else a guess from the article (ФПГ codes) and the item's words. */
export function costKindOf(line: Pick<BudgetLine, 'article' | 'item' | 'costKind'>): CostKind {
  if (line.costKind) return line.costKind
  if (line.article === '1.1' || line.article === '1.2') return 'salary'
  if (line.article === '2' && /гостиниц|прожива|отел|hotel/i.test(line.item)) return 'hotel'
  if (line.article === '2' && /суточн|per diem|daily allowance/i.test(line.item)) return 'dailyAllowance'
  return 'other'
}

/** A line with its computed sums (kopecks). */
export interface PricedLine extends BudgetLine {
  readonly total: number
  readonly requested: number
}

/** Sums of one article (a parent article sums its sub-articles). */
export interface ArticleTotals {
  readonly code: string
  /** '' for a code the template does not know (the line is never hidden; readiness flags it). */
  readonly title: string
  /** 0 for an article, 1 for a sub-article («1.1»). */
  readonly level: number
  /** Lines filed under exactly this code. */
  readonly lines: readonly PricedLine[]
  readonly total: number
  readonly cofinancing: number
  readonly requested: number
}

export interface BudgetTotals {
  /** Articles in the template's order, then unknown codes; an article with no lines is listed with zeros. */
  readonly articles: readonly ArticleTotals[]
  readonly total: number
  readonly cofinancing: number
  readonly requested: number
  /** Co-financing as a percentage of the total, one decimal. */
  readonly cofinancingPercent: number
}

/** Prices a line: total = unit price × quantity, requested = total − co-financing. */
export function priceLine(line: BudgetLine): PricedLine {
  const total = lineTotal(line.unitPrice, line.quantity)
  return { ...line, total, requested: lineRequested(total, line.cofinancing) }
}

const isUnder = (code: string, parent: string) => code === parent || code.startsWith(`${parent}.`)

/** The budget's totals per article and overall. */
export function budgetTotals(lines: readonly BudgetLine[], articles: readonly BudgetArticle[]): BudgetTotals {
  const priced = lines.map(priceLine)
  const known = new Set(articles.map((a) => a.code))
  const unknown = [...new Set(priced.map((l) => l.article).filter((c) => !known.has(c)))]
  const rows = [...articles, ...unknown.map((code) => ({ code, title: '' }))].map((article): ArticleTotals => {
    const within = priced.filter((l) => isUnder(l.article, article.code) && (known.has(article.code) || l.article === article.code))
    return {
      code: article.code,
      title: article.title,
      level: article.code.includes('.') ? 1 : 0,
      lines: priced.filter((l) => l.article === article.code),
      total: sum(within.map((l) => l.total)),
      cofinancing: sum(within.map((l) => l.cofinancing)),
      requested: sum(within.map((l) => l.requested)),
    }
  })
  const total = sum(priced.map((l) => l.total))
  const cofinancing = sum(priced.map((l) => l.cofinancing))
  return { articles: rows, total, cofinancing, requested: total - cofinancing, cofinancingPercent: percentOf(cofinancing, total) }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}
