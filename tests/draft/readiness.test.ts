import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addActivity, addBudgetLine, addListItem, checkReadiness, draftFragment, fillMessage, periodMonths, READINESS_MESSAGES, readinessMessage, rubles, setChoiceValues,
  setDraftPeriod, sortProblems, updateActivity, updateBudgetLine, type ReadinessCode,
} from '../../shared/draft/index.js'
import { appendBlocks } from '../../shared/schema/richText.js'
import { builtInTemplate, findField, type Template } from '../../shared/templates/index.js'

const fpg = builtInTemplate('fpg-2026')!
const regional = builtInTemplate('kamchatka-sonko')!

const problems = (doc: Y.Doc, template: Template = fpg) => checkReadiness(doc, template)
const has = (doc: Y.Doc, code: ReadinessCode, template: Template = fpg) => problems(doc, template).some((p) => p.code === code)
const write = (doc: Y.Doc, fieldId: string, text: string) => appendBlocks(draftFragment(doc, fieldId), [{ type: 'paragraph', text }])

/** A task with two dated activities inside a set period, and a costed line. */
function planned(doc: Y.Doc): { task: string; a: string; b: string; line: string } {
  setDraftPeriod(doc, { start: '2026-03-01', end: '2026-12-31' })
  const task = addListItem(doc, 'tasks', 'Провести занятия')
  const a = addActivity(doc, { taskId: task, title: 'Занятия клуба', start: '2026-03-01', end: '2026-05-31' })
  const b = addActivity(doc, { taskId: task, title: 'Концерт', start: '2026-06-10', end: '2026-06-10' })
  const line = addBudgetLine(doc, { article: '7', item: 'Аренда зала', unitPrice: rubles(5_000), quantity: 2, activityIds: [b] })
  return { task, a, b, line }
}

describe('readiness: fields', () => {
  it('a required field that is empty', () => {
    const doc = new Y.Doc()
    expect(problems(doc).find((p) => p.code === 'field.required' && p.fieldId === 'title')).toMatchObject({ severity: 'error', params: { field: '2 Название проекта' } })
    write(doc, 'title', 'Клуб корякского языка')
    expect(problems(doc).some((p) => p.code === 'field.required' && p.fieldId === 'title')).toBe(false)
    // Blank text is not content.
    write(doc, 'goal', '   ')
    expect(problems(doc).some((p) => p.code === 'field.required' && p.fieldId === 'goal')).toBe(true)
  })

  it('a field over its character limit (ФПГ «Название проекта» 300, field 8 — 5000)', () => {
    const doc = new Y.Doc()
    write(doc, 'title', 'я'.repeat(300))
    write(doc, 'problem', 'п'.repeat(4999))
    expect(has(doc, 'field.overLimit')).toBe(false)
    write(doc, 'problem', 'п')
    // 4999 + a paragraph break + 1 = 5001
    expect(problems(doc).find((p) => p.code === 'field.overLimit')).toMatchObject({ fieldId: 'problem', params: { count: 5001, limit: 5000 } })
  })

  it('too many items (videos ≤ 3) and too few (a choice needing one)', () => {
    const doc = new Y.Doc()
    for (const n of [1, 2, 3]) addListItem(doc, 'videos', `https://v/${n}`)
    expect(has(doc, 'field.tooManyItems')).toBe(false)
    addListItem(doc, 'videos', 'https://v/4')
    expect(problems(doc).find((p) => p.code === 'field.tooManyItems')).toMatchObject({ fieldId: 'videos', params: { count: 4, max: 3 } })
    const needsTwo: Template = { ...fpg, id: 'two', sections: [{ id: 's', number: '', title: 'Группы', fields: [{ ...findField(fpg, 'targetGroups')!, minItems: 2 }] }] }
    addListItem(doc, 'targetGroups', 'Дети')
    expect(has(doc, 'field.tooFewItems', needsTwo)).toBe(true)
    addListItem(doc, 'targetGroups', 'Родители')
    expect(has(doc, 'field.tooFewItems', needsTwo)).toBe(false)
  })

  it('a choice the form does not offer', () => {
    const doc = new Y.Doc()
    setChoiceValues(doc, 'direction', ['Культурный код'])
    expect(has(doc, 'field.unknownOption')).toBe(true)
    setChoiceValues(doc, 'direction', ['Поддержка молодёжных проектов'])
    expect(has(doc, 'field.unknownOption')).toBe(false)
  })
})

describe('readiness: calendar plan and period', () => {
  it('a task with fewer than two activities', () => {
    const doc = new Y.Doc()
    const { task, b } = planned(doc)
    expect(has(doc, 'calendar.taskFewActivities')).toBe(false)
    updateActivity(doc, b, { taskId: null })
    expect(problems(doc).find((p) => p.code === 'calendar.taskFewActivities')).toMatchObject({ severity: 'error', rowId: task, fieldId: 'calendarPlan', params: { count: 1 } })
  })

  it('an activity under no task', () => {
    const doc = new Y.Doc()
    const { b } = planned(doc)
    expect(has(doc, 'calendar.activityNoTask')).toBe(false)
    updateActivity(doc, b, { taskId: 'gone' })
    expect(problems(doc).find((p) => p.code === 'calendar.activityNoTask')?.rowId).toBe(b)
  })

  it('an activity without dates, or ending before it starts', () => {
    const doc = new Y.Doc()
    const { a } = planned(doc)
    expect(has(doc, 'calendar.activityNoDates') || has(doc, 'calendar.activityEndsBeforeStart')).toBe(false)
    updateActivity(doc, a, { start: null })
    expect(has(doc, 'calendar.activityNoDates')).toBe(true)
    updateActivity(doc, a, { start: '2026-05-01', end: '2026-04-01' })
    expect(has(doc, 'calendar.activityEndsBeforeStart')).toBe(true)
  })

  it('an activity outside the project period', () => {
    const doc = new Y.Doc()
    const { b } = planned(doc)
    expect(has(doc, 'calendar.activityOutsidePeriod')).toBe(false)
    updateActivity(doc, b, { start: '2027-01-10', end: '2027-01-10' })
    expect(problems(doc).find((p) => p.code === 'calendar.activityOutsidePeriod')).toMatchObject({ rowId: b, params: { start: '01.03.2026', end: '31.12.2026' } })
  })

  it('an activity lasting the whole project', () => {
    const doc = new Y.Doc()
    const { a } = planned(doc)
    expect(has(doc, 'calendar.activityWholePeriod')).toBe(false)
    updateActivity(doc, a, { start: '2026-03-01', end: '2026-12-31' })
    expect(problems(doc).find((p) => p.code === 'calendar.activityWholePeriod')?.rowId).toBe(a)
  })

  it('a project longer than the template allows (ФПГ: 18 months), set or derived from the plan', () => {
    expect(periodMonths('2026-03-01', '2027-08-31')).toBe(18)
    expect(periodMonths('2026-03-01', '2027-09-01')).toBe(19)
    expect(periodMonths('2026-01-15', '2026-02-14')).toBe(1)
    expect(periodMonths('2026-01-15', '2026-02-15')).toBe(2)
    const doc = new Y.Doc()
    setDraftPeriod(doc, { start: '2026-03-01', end: '2027-08-31' })
    expect(has(doc, 'project.tooLong')).toBe(false)
    setDraftPeriod(doc, { start: '2026-03-01', end: '2027-09-01' })
    expect(problems(doc).find((p) => p.code === 'project.tooLong')).toMatchObject({ fieldId: 'period', params: { months: 19, max: 18 } })
    // No limit in the regional template.
    expect(has(doc, 'project.tooLong', regional)).toBe(false)
    const derived = new Y.Doc()
    addActivity(derived, { title: 'Начало', start: '2026-01-01' })
    addActivity(derived, { title: 'Конец', start: '2027-12-01', end: '2027-12-31' })
    expect(has(derived, 'project.tooLong')).toBe(true)
  })
})

describe('readiness: budget', () => {
  it('a line tied to no activity', () => {
    const doc = new Y.Doc()
    const { line, a } = planned(doc)
    expect(has(doc, 'budget.lineNoActivity')).toBe(false)
    updateBudgetLine(doc, line, { activityIds: ['deleted-activity'] })
    expect(problems(doc).find((p) => p.code === 'budget.lineNoActivity')).toMatchObject({ severity: 'warning', rowId: line })
    updateBudgetLine(doc, line, { activityIds: [a] })
    expect(has(doc, 'budget.lineNoActivity')).toBe(false)
  })

  it('a line without price or quantity, or under an article the form lacks', () => {
    const doc = new Y.Doc()
    const { line } = planned(doc)
    expect(has(doc, 'budget.emptyLine') || has(doc, 'budget.unknownArticle')).toBe(false)
    updateBudgetLine(doc, line, { quantity: 0, article: '1' })
    expect(has(doc, 'budget.emptyLine')).toBe(true)
    // «1» has sub-articles: lines go under 1.1–1.3.
    expect(has(doc, 'budget.unknownArticle')).toBe(true)
  })

  it('totals that do not add up: co-financing over the line’s total', () => {
    const doc = new Y.Doc()
    const { line } = planned(doc)
    updateBudgetLine(doc, line, { cofinancing: rubles(10_000) })
    expect(has(doc, 'budget.cofinancingOverTotal')).toBe(false)
    updateBudgetLine(doc, line, { cofinancing: rubles(10_000) + 1 })
    expect(problems(doc).find((p) => p.code === 'budget.cofinancingOverTotal')?.params.total).toMatch(/^10\s000,00\s₽$/)
  })

  it('caps: pay per month, hotel per night, daily allowance', () => {
    const doc = new Y.Doc()
    const { b } = planned(doc)
    const pay = addBudgetLine(doc, { article: '1.2', item: 'Педагог', unit: 'мес.', unitPrice: rubles(80_000), quantity: 9, activityIds: [b] })
    const hotel = addBudgetLine(doc, { article: '2', item: 'Проживание в гостинице', unitPrice: rubles(8_000), quantity: 3, activityIds: [b] })
    const daily = addBudgetLine(doc, { article: '2', item: 'Суточные', unitPrice: rubles(700), quantity: 3, activityIds: [b] })
    expect(problems(doc).filter((p) => p.code.endsWith('Cap'))).toEqual([])
    updateBudgetLine(doc, pay, { unitPrice: rubles(80_000) + 1 })
    updateBudgetLine(doc, hotel, { unitPrice: rubles(8_001) })
    updateBudgetLine(doc, daily, { unitPrice: rubles(701) })
    expect(problems(doc).filter((p) => p.code.endsWith('Cap')).map((p) => [p.code, p.rowId])).toEqual([
      ['budget.salaryCap', pay],
      ['budget.hotelCap', hotel],
      ['budget.dailyAllowanceCap', daily],
    ])
    // No caps in the regional template.
    expect(problems(doc, regional).filter((p) => p.code.endsWith('Cap'))).toEqual([])
  })

  it('subcontracted services over 30 % of the requested sum', () => {
    const doc = new Y.Doc()
    const { b } = planned(doc) // 10 000 ₽ requested
    addBudgetLine(doc, { article: '6', item: 'Бухгалтерское сопровождение', unitPrice: rubles(4_000), costKind: 'subcontract', activityIds: [b] })
    // 4 000 of 14 000 = 28,6 %
    expect(has(doc, 'budget.subcontractShare')).toBe(false)
    addBudgetLine(doc, { article: '6', item: 'Юрист', unitPrice: rubles(1_000), costKind: 'subcontract', activityIds: [b] })
    // 5 000 of 15 000 = 33,3 %
    expect(problems(doc).find((p) => p.code === 'budget.subcontractShare')?.params).toEqual({ share: '33,3', max: 30 })
  })

  it('a requested sum over the competition’s maximum (regional: 1 million ₽)', () => {
    const doc = new Y.Doc()
    const line = addBudgetLine(doc, { article: '4', item: 'Оборудование', unitPrice: rubles(1_000_000) })
    expect(has(doc, 'budget.overMaxRequested', regional)).toBe(false)
    updateBudgetLine(doc, line, { quantity: 1.01 })
    expect(has(doc, 'budget.overMaxRequested', regional)).toBe(true)
  })
})

describe('readiness messages', () => {
  it('every code has Russian and English text with the same placeholders', () => {
    for (const [code, text] of Object.entries(READINESS_MESSAGES)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(names(text.en), code).toEqual(names(text.ru))
    }
    expect(readinessMessage('field.overLimit', { field: '2 Название проекта', count: 301, limit: 300 })).toBe('«2 Название проекта»: 301 знаков с пробелами, допустимо не больше 300')
    expect(readinessMessage('project.tooLong', { months: 19, max: 18 }, 'en')).toBe('The project lasts 19 months, the competition allows at most 18')
    expect(fillMessage('{a} {b}', { a: 1 })).toBe('1 {b}')
  })

  it('lists errors before warnings', () => {
    const doc = new Y.Doc()
    planned(doc)
    addBudgetLine(doc, { article: '7', item: 'Чай' })
    const sorted = sortProblems(problems(doc))
    const firstWarning = sorted.findIndex((p) => p.severity === 'warning')
    expect(sorted.slice(firstWarning).every((p) => p.severity === 'warning')).toBe(true)
  })
})
