import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addActivity, addBudgetLine, addListItem, countField, countFields, draftFragment, limitStatus, observeDraft, setChoiceValues, setDraftPeriod } from '../../shared/draft/index.js'
import { headingNode } from '../../shared/draft/richCopy.js'
import { appendBlocks } from '../../shared/schema/richText.js'
import { builtInTemplate, findField, type TemplateField } from '../../shared/templates/index.js'

const fpg = builtInTemplate('fpg-2026')!
const f = (id: string): TemplateField => findField(fpg, id)!

describe('counting characters with spaces', () => {
  it('counts every character, spaces included, and each paragraph break as one', () => {
    const doc = new Y.Doc()
    appendBlocks(draftFragment(doc, 'problem'), [{ type: 'paragraph', text: 'Дети не говорят' }, { type: 'paragraph', text: 'по-корякски.' }])
    expect(countField(doc, f('problem')).count).toBe(15 + 1 + 12)
  })

  it('counts list items as lines without their bullets, headings as text, and skips blank paragraphs', () => {
    const doc = new Y.Doc()
    const fragment = draftFragment(doc, 'problem')
    appendBlocks(fragment, [{ type: 'paragraph', text: '' }, { type: 'bulletList', items: ['Раз', 'Два'] }, { type: 'paragraph', text: '' }])
    fragment.insert(0, [headingNode('Итог')])
    // «Итог» + break + «Раз» + break + «Два»
    expect(countField(doc, f('problem')).count).toBe(4 + 1 + 3 + 1 + 3)
  })

  it('counts a hard break as one and an emoji as one character', () => {
    const doc = new Y.Doc()
    const p = new Y.XmlElement('paragraph')
    p.insert(0, [new Y.XmlText('а б'), new Y.XmlElement('hardBreak'), new Y.XmlText('🙂')])
    draftFragment(doc, 'goal').insert(0, [p])
    expect(countField(doc, f('goal')).count).toBe(3 + 1 + 1)
  })

  it('is ok below 90 % of the limit, amber from 90 % up to it, red over it', () => {
    expect(limitStatus(0, 300)).toBe('ok')
    expect(limitStatus(269, 300)).toBe('ok')
    expect(limitStatus(270, 300)).toBe('amber')
    expect(limitStatus(300, 300)).toBe('amber')
    expect(limitStatus(301, 300)).toBe('red')
    expect(limitStatus(10_000, null)).toBe('ok')
    expect(limitStatus(10_000, undefined)).toBe('ok')
  })

  it('gives the ФПГ title its 300-character counter live', () => {
    const doc = new Y.Doc()
    appendBlocks(draftFragment(doc, 'title'), [{ type: 'paragraph', text: 'я'.repeat(280) }])
    expect(countFields(doc, fpg).title).toMatchObject({ unit: 'chars', count: 280, max: 300, status: 'amber', filled: true })
    appendBlocks(draftFragment(doc, 'title'), [{ type: 'paragraph', text: 'я'.repeat(30) }])
    expect(countFields(doc, fpg).title).toMatchObject({ count: 311, status: 'red' })
  })
})

describe('counting items', () => {
  it('counts list items, choices and table rows; a period is filled by both dates', () => {
    const doc = new Y.Doc()
    for (const url of ['https://a', 'https://b', 'https://c']) addListItem(doc, 'videos', url)
    expect(countField(doc, f('videos'))).toMatchObject({ unit: 'items', count: 3, max: 3, status: 'amber' })
    addListItem(doc, 'videos', 'https://d')
    expect(countField(doc, f('videos')).status).toBe('red')
    setChoiceValues(doc, 'direction', ['Поддержка молодёжных проектов'])
    expect(countField(doc, f('direction'))).toMatchObject({ count: 1, filled: true })
    addActivity(doc, { title: 'Встреча' })
    addBudgetLine(doc, { article: '7', item: 'Чай' })
    expect(countField(doc, f('calendarPlan')).count).toBe(1)
    expect(countField(doc, f('budget')).count).toBe(1)
    expect(countField(doc, f('period')).filled).toBe(false)
    setDraftPeriod(doc, { start: '2026-03-01', end: '2026-12-31' })
    expect(countField(doc, f('period'))).toMatchObject({ unit: 'none', filled: true })
  })

  it('tells the UI after each change, local or remote', () => {
    const doc = new Y.Doc()
    let calls = 0
    const stop = observeDraft(doc, () => calls++)
    addListItem(doc, 'tasks', 'Задача')
    const other = new Y.Doc()
    addListItem(other, 'tasks', 'Ещё')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
    expect(calls).toBe(2)
    stop()
    addListItem(doc, 'tasks', 'Без наблюдателя')
    expect(calls).toBe(2)
  })
})
