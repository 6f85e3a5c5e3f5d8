/** The draft view's pure parts: counter wording and plurals, the export's file name, the view in the address, jump targets. */
import { describe, expect, it } from 'vitest'
import type { FieldCount } from '../../shared/draft/index.js'
import { BUILT_IN_TEMPLATES, findField, type TemplateField } from '../../shared/templates/index.js'
import { translator } from '../../client/src/i18n/i18n.js'
import { counterText } from '../../client/src/views/draft/counterText.js'
import { dispositionFileName } from '../../client/src/views/draft/download.js'
import { problemTarget } from '../../client/src/views/draft/jump.js'
import { problemText } from '../../client/src/views/draft/ReadinessPanel.js'
import { searchWithView, viewFromSearch } from '../../client/src/views/draft/useInitiativeView.js'

const fpg = BUILT_IN_TEMPLATES[0]!
const field = (id: string): TemplateField => findField(fpg, id)!
const count = (over: Partial<FieldCount>): FieldCount => ({ fieldId: 'x', unit: 'chars', count: 0, max: null, min: null, status: 'ok', filled: false, ...over })
const ru = translator('ru')
const en = translator('en')
/** The counter as shown, with the no-break spaces of Russian number formatting made plain. */
const say = (t: typeof ru, f: TemplateField, c: FieldCount) => {
  const text = counterText(f, c)
  return text ? t(text.key, text.params).replace(/\u00a0/g, ' ') : null
}

describe('draft counters', () => {
  it('counts characters against the limit, the word agreeing with the limit', () => {
    expect(say(ru, field('problem'), count({ count: 1234, max: 5000 }))).toBe('1 234 / 5 000 знаков')
    expect(say(ru, field('title'), count({ count: 12, max: 300 }))).toBe('12 / 300 знаков')
    expect(say(ru, field('title'), count({ count: 12, max: 21 }))).toBe('12 / 21 знак')
    expect(say(ru, field('title'), count({ count: 12, max: 22 }))).toBe('12 / 22 знака')
    expect(say(en, field('problem'), count({ count: 1234, max: 5000 }))).toBe('1,234 / 5,000 characters')
  })

  it('counts characters without a limit, the word agreeing with the count', () => {
    expect(say(ru, field('goal'), count({ count: 1 }))).toBe('1 знак')
    expect(say(ru, field('goal'), count({ count: 2 }))).toBe('2 знака')
    expect(say(ru, field('goal'), count({ count: 5 }))).toBe('5 знаков')
    expect(say(ru, field('goal'), count({ count: 681 }))).toBe('681 знак')
    expect(say(en, field('goal'), count({ count: 1 }))).toBe('1 character')
  })

  it('counts tasks, items and table rows by what they are', () => {
    const items = (n: number, max: number | null = null) => count({ unit: 'items', count: n, max })
    expect(say(ru, field('tasks'), items(3, 10))).toBe('3 / 10 задач')
    expect(say(ru, field('tasks'), items(1))).toBe('1 задача')
    expect(say(ru, field('tasks'), items(3))).toBe('3 задачи')
    expect(say(ru, field('videos'), items(2, 3))).toBe('2 / 3 пункта')
    expect(say(ru, field('geography'), items(5))).toBe('5 пунктов')
    expect(say(ru, field('calendarPlan'), items(21))).toBe('21 строка')
    expect(say(en, field('tasks'), items(1))).toBe('1 task')
  })

  it('says nothing for the period', () => {
    expect(say(ru, field('period'), count({ unit: 'none' }))).toBeNull()
  })
})

describe('export file name', () => {
  it('reads the UTF-8 name over the ASCII fallback', () => {
    const header = `attachment; filename="Koryakskiy yazyk - FPG.docx"; filename*=UTF-8''${encodeURIComponent('Корякский язык — ФПГ.docx')}`
    expect(dispositionFileName(header)).toBe('Корякский язык — ФПГ.docx')
  })

  it('falls back to the plain name, quoted or not', () => {
    expect(dispositionFileName('attachment; filename="a \\"b\\".md"')).toBe('a "b".md')
    expect(dispositionFileName('attachment; filename=plain.md')).toBe('plain.md')
    expect(dispositionFileName("attachment; filename*=UTF-8''%E0%A4%A; filename=\"ok.md\"")).toBe('ok.md')
  })

  it('keeps folders out and gives null for nothing', () => {
    expect(dispositionFileName(`attachment; filename*=UTF-8''${encodeURIComponent('../x/y.docx')}`)).toBe('.._x_y.docx')
    expect(dispositionFileName(null)).toBeNull()
    expect(dispositionFileName('inline')).toBeNull()
  })
})

describe('initiative view in the address', () => {
  it('is the canvas unless it says draft', () => {
    expect(viewFromSearch('')).toBe('canvas')
    expect(viewFromSearch('?view=draft')).toBe('draft')
    expect(viewFromSearch('?view=other')).toBe('canvas')
  })

  it('keeps other parameters', () => {
    expect(searchWithView('?a=1', 'draft')).toBe('?a=1&view=draft')
    expect(searchWithView('?a=1&view=draft', 'canvas')).toBe('?a=1')
    expect(searchWithView('?view=draft', 'canvas')).toBe('')
  })
})

describe('readiness jump targets', () => {
  it('prefers the row to the field', () => {
    expect(problemTarget({ fieldId: 'budget', rowId: 'r1' })).toBe('draft-row-r1')
    expect(problemTarget({ fieldId: 'title' })).toBe('draft-field-title')
    expect(problemTarget({})).toBeNull()
  })
})

describe('readiness messages', () => {
  it('says an over-limit count with the right plural and grouped digits', () => {
    const over = (count: number) => problemText({ code: 'field.overLimit', params: { field: '8 Описание проблемы', count, limit: 5000 } }, ru, 'ru').replace(/\u00a0/g, ' ')
    expect(over(5181)).toBe('«8 Описание проблемы»: 5 181 знак с пробелами, допустимо не больше 5 000')
    expect(over(5002)).toBe('«8 Описание проблемы»: 5 002 знака с пробелами, допустимо не больше 5 000')
    expect(over(5005)).toBe('«8 Описание проблемы»: 5 005 знаков с пробелами, допустимо не больше 5 000')
    expect(problemText({ code: 'field.overLimit', params: { field: 'Title', count: 301, limit: 300 } }, en, 'en')).toBe('“Title”: 301 characters with spaces, the limit is 300')
  })

  it('takes every other message from the shared catalog', () => {
    expect(problemText({ code: 'field.required', params: { field: '9 Цель' } }, ru, 'ru')).toBe('«9 Цель»: поле не заполнено')
  })
})
