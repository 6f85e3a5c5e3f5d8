import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  createDraft, draftFieldText, draftFragment, draftTemplateId, hasDraft, listActivities, listItems, listPartners, prefillField,
} from '../../shared/draft/index.js'
import { fillDemoCanvas } from '../../shared/schema/demo.js'
import { canvasFragment, canvasText } from '../../shared/schema/initiative.js'
import { appendBlocks, fragmentText } from '../../shared/schema/richText.js'
import { builtInTemplate, findField } from '../../shared/templates/index.js'

const fpg = builtInTemplate('fpg-2026')!

function canvasDoc(): Y.Doc {
  const doc = new Y.Doc()
  fillDemoCanvas(doc)
  return doc
}

describe('canvas → draft', () => {
  it('records the template and copies a single block with its rich structure', () => {
    const doc = canvasDoc()
    expect(hasDraft(doc)).toBe(false)
    expect(createDraft(doc, fpg)).toBe(true)
    expect(draftTemplateId(doc)).toBe('fpg-2026')
    // Field 9 «Цель» from the goal block: the same text, the same nodes.
    expect(draftFieldText(doc, 'goal')).toBe(canvasText(doc).goal)
    expect(draftFragment(doc, 'goal').toJSON()).toBe(canvasFragment(doc, 'goal').toJSON())
    // A list in the results block stays a list in the draft.
    const qual = draftFragment(doc, 'qualResults').toArray().map((n) => (n instanceof Y.XmlElement ? n.nodeName : 'text'))
    expect(qual).toEqual(['paragraph', 'bulletList', 'paragraph'])
  })

  it('concatenates several blocks under their titles', () => {
    const doc = canvasDoc()
    createDraft(doc, fpg)
    const text = canvasText(doc)
    expect(draftFieldText(doc, 'problem')).toBe(`Проблема\n${text.problem}\nПричины проблемы\n${text.causes}`)
    const headings = draftFragment(doc, 'problem').toArray().filter((n) => n instanceof Y.XmlElement && n.nodeName === 'heading')
    expect(headings).toHaveLength(2)
  })

  it('turns lines into list items, activities and partners', () => {
    const doc = canvasDoc()
    createDraft(doc, fpg)
    expect(listItems(doc, 'tasks').map((i) => i.text)).toEqual(canvasText(doc).tasks.split('\n'))
    expect(listItems(doc, 'targetGroups')).toHaveLength(4)
    expect(listItems(doc, 'geography').map((i) => i.text)).toEqual(['Камчатский край, городской округ «посёлок Палана».'])
    expect(listActivities(doc).map((a) => a.title)).toEqual(canvasText(doc).activities.split('\n'))
    expect(listPartners(doc).map((p) => p.name)).toEqual(canvasText(doc).partners.split('\n'))
  })

  it('puts the card’s title into the name field and leaves unfed fields empty', () => {
    const doc = canvasDoc()
    createDraft(doc, fpg, { projectName: 'Корякский язык для детей' })
    expect(draftFieldText(doc, 'title')).toBe('Корякский язык для детей')
    expect(draftFieldText(doc, 'summary')).toBe('')
    expect(draftFieldText(doc, 'publicity')).toBe('')
  })

  it('makes a draft once: a second call and a refill of a filled field write nothing', () => {
    const doc = canvasDoc()
    createDraft(doc, fpg)
    const before = Y.encodeStateVector(doc)
    expect(createDraft(doc, builtInTemplate('pfki')!)).toBe(false)
    expect(prefillField(doc, findField(fpg, 'goal')!)).toBe(false)
    expect(Y.encodeStateVector(doc)).toEqual(before)
    expect(draftTemplateId(doc)).toBe('fpg-2026')
  })

  it('the draft is a copy: editing it leaves the canvas alone', () => {
    const doc = canvasDoc()
    createDraft(doc, fpg)
    const goal = canvasText(doc).goal
    appendBlocks(draftFragment(doc, 'goal'), [{ type: 'paragraph', text: 'Уточнение' }])
    expect(canvasText(doc).goal).toBe(goal)
    expect(fragmentText(canvasFragment(doc, 'goal'))).toBe(goal)
  })
})
