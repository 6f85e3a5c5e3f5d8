import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addBudgetLine, budgetTotals, costKindOf, formatAmount, formatRubles, lineTotal, listBudgetLines, parseRubles, percentOf, priceLine, rubles, updateBudgetLine,
} from '../../shared/draft/index.js'
import { builtInTemplate } from '../../shared/templates/index.js'

const fpg = builtInTemplate('fpg-2026')!
/** Intl's group separator for ru (a no-break space; which one depends on the ICU data). */
const SEP = new Intl.NumberFormat('ru-RU').format(1000).charAt(1)

describe('money in kopecks', () => {
  it('multiplies price by quantity exactly, rounding half up to the kopeck', () => {
    expect(lineTotal(3_000_000, 9)).toBe(27_000_000)
    expect(lineTotal(15_050, 100)).toBe(1_505_000)
    expect(lineTotal(1, 0.5)).toBe(1)
    expect(lineTotal(3, 0.25)).toBe(1) // 0,75 коп. → 1
    expect(lineTotal(10, 0.33)).toBe(3) // 3,3 коп. → 3
    // 0.1 + 0.2 style float errors never reach the sum.
    expect(lineTotal(70_000, 0.1 + 0.2)).toBe(21_000)
    // Large sums stay exact (BigInt).
    expect(lineTotal(99_999_999_999, 123.45)).toBe(12_344_999_999_877) // 12 344 999 999 876,55 коп.
  })

  it('sums per article (parents sum their sub-articles) and overall; requested = total − co-financing', () => {
    const doc = new Y.Doc()
    addBudgetLine(doc, { article: '1.1', item: 'Руководитель', unitPrice: rubles(50_000), quantity: 12, cofinancing: rubles(100_000) })
    addBudgetLine(doc, { article: '1.3', item: 'Страховые взносы', unitPrice: rubles(181_200), quantity: 1 })
    addBudgetLine(doc, { article: '8', item: 'Печать', unitPrice: 15_050, quantity: 100, cofinancing: 5_000 })
    const totals = budgetTotals(listBudgetLines(doc), fpg.budgetArticles)
    const article = (code: string) => totals.articles.find((a) => a.code === code)!
    expect(article('1.1')).toMatchObject({ total: 60_000_000, cofinancing: 10_000_000, requested: 50_000_000, level: 1 })
    expect(article('1')).toMatchObject({ total: 60_000_000 + 18_120_000, cofinancing: 10_000_000, level: 0, lines: [] })
    expect(article('8')).toMatchObject({ total: 1_505_000, cofinancing: 5_000, requested: 1_500_000 })
    expect(article('2')).toMatchObject({ total: 0, requested: 0 })
    expect(totals.total).toBe(60_000_000 + 18_120_000 + 1_505_000)
    expect(totals.requested).toBe(totals.total - totals.cofinancing)
    expect(totals.cofinancingPercent).toBe(percentOf(10_005_000, totals.total))
    expect(totals.articles.map((a) => a.code)).toEqual(fpg.budgetArticles.map((a) => a.code))
  })

  it('keeps lines of an unknown article visible after the known ones', () => {
    const totals = budgetTotals([{ ...emptyLine(), article: '42', unitPrice: 100 }], fpg.budgetArticles)
    expect(totals.articles.at(-1)).toMatchObject({ code: '42', title: '', total: 100 })
  })

  it('stores only whole kopecks', () => {
    const doc = new Y.Doc()
    expect(() => addBudgetLine(doc, { unitPrice: 10.5 })).toThrow()
    expect(() => addBudgetLine(doc, { cofinancing: -1 })).toThrow()
    const id = addBudgetLine(doc, { quantity: 2.345 })
    expect(listBudgetLines(doc)[0]?.quantity).toBe(2.35)
    expect(updateBudgetLine(doc, id, { unitPrice: 100 })).toBe(true)
    expect(priceLine(listBudgetLines(doc)[0]!).total).toBe(235)
  })

  it('formats the Russian way through Intl and parses what people type', () => {
    expect(formatRubles(123_456_789)).toBe(`1${SEP}234${SEP}567,89\u00a0₽`)
    expect(formatRubles(8_000_000)).toBe(`80${SEP}000,00\u00a0₽`)
    expect(formatRubles(-50)).toBe('-0,50\u00a0₽')
    expect(formatAmount(5)).toBe('0,05')
    expect(formatRubles(Number.MAX_SAFE_INTEGER)).toMatch(/,91\u00a0₽$/)
    expect(parseRubles('1 234 567,89 ₽')).toBe(123_456_789)
    expect(parseRubles('80\u00a0000')).toBe(8_000_000)
    expect(parseRubles('700.5')).toBe(70_050)
    expect(parseRubles('1,234')).toBeNull()
    expect(parseRubles('много')).toBeNull()
  })

  it('guesses which cap a line falls under unless the person says', () => {
    expect(costKindOf({ article: '1.1', item: 'Руководитель', costKind: null })).toBe('salary')
    expect(costKindOf({ article: '1.3', item: 'Взносы', costKind: null })).toBe('other')
    expect(costKindOf({ article: '2', item: 'Проживание в гостинице', costKind: null })).toBe('hotel')
    expect(costKindOf({ article: '2', item: 'Суточные', costKind: null })).toBe('dailyAllowance')
    expect(costKindOf({ article: '6', item: 'Бухгалтерия', costKind: 'subcontract' })).toBe('subcontract')
  })
})

function emptyLine() {
  return { id: 'x', key: 'a0', article: '', item: '', unit: '', unitPrice: 0, quantity: 1, cofinancing: 0, comment: '', activityIds: [], costKind: null }
}
