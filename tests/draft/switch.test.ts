/**
 * Switching a draft's template never loses text. Property: for random canvas
 * content, random draft edits and a random sequence of template switches, the
 * multiset of non-empty paragraphs (text lines, list items, choices) before
 * each switch is contained in the one after it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addActivity, addListItem, choiceValues, createDraft, draftFieldText, draftFragment, draftTemplateId, leftoverFragment, leftoverText, listActivities,
  listItems, setChoiceValues, switchTemplate, textLines,
} from '../../shared/draft/index.js'
import { CANVAS_BLOCK_IDS, canvasFragment } from '../../shared/schema/initiative.js'
import { appendBlocks, fragmentText } from '../../shared/schema/richText.js'
import { BUILT_IN_TEMPLATES, builtInTemplate, FPG_DIRECTIONS, PFKI_DIRECTIONS, templateFields, type Template } from '../../shared/templates/index.js'

const fpg = builtInTemplate('fpg-2026')!
const regional = builtInTemplate('kamchatka-sonko')!
const pfki = builtInTemplate('pfki')!
const free = builtInTemplate('free')!

const norm = (s: string) => s.replace(/\s+/g, ' ').trim()

/** Every non-empty paragraph of the draft laid out in `template`, plus «Не вошло в форму». */
function paragraphs(doc: Y.Doc, template: Template): string[] {
  const out: string[] = []
  for (const field of templateFields(template)) {
    if (field.kind === 'text' || field.kind === 'rich') out.push(...textLines(draftFieldText(doc, field.id)))
    if (field.kind === 'list') out.push(...listItems(doc, field.id).map((i) => i.text))
    if (field.kind === 'choice') out.push(...choiceValues(doc, field.id))
  }
  out.push(...textLines(leftoverText(doc)))
  return out.map(norm).filter((s) => s !== '')
}

/** True when every element of `a` occurs in `b` at least as often. */
function isSubMultiset(a: readonly string[], b: readonly string[]): boolean {
  const counts = new Map<string, number>()
  for (const s of b) counts.set(s, (counts.get(s) ?? 0) + 1)
  for (const s of a) {
    const n = counts.get(s) ?? 0
    if (n === 0) return false
    counts.set(s, n - 1)
  }
  return true
}

describe('switching templates', () => {
  it('moves fields by id and role, and puts what has no place under the old field’s title', () => {
    const doc = new Y.Doc()
    appendBlocks(canvasFragment(doc, 'goal'), [{ type: 'paragraph', text: 'Клуб для 30 детей за 12 месяцев' }])
    createDraft(doc, fpg, { projectName: 'Клуб' })
    appendBlocks(draftFragment(doc, 'publicity'), [{ type: 'paragraph', text: 'Публикации в группе посёлка' }])
    addListItem(doc, 'videos', 'https://video.example/1')
    setChoiceValues(doc, 'direction', ['Поддержка молодёжных проектов'])
    const report = switchTemplate(doc, fpg, regional)
    expect(draftTemplateId(doc)).toBe('kamchatka-sonko')
    expect(draftFieldText(doc, 'goal')).toBe('Клуб для 30 детей за 12 месяцев')
    expect(draftFieldText(doc, 'title')).toBe('Клуб')
    expect(report.leftover).toEqual(expect.arrayContaining(['publicity', 'videos', 'direction']))
    expect(leftoverText(doc)).toContain('Информационное сопровождение проекта\nПубликации в группе посёлка')
    expect(leftoverText(doc)).toContain('Видео о проекте\nhttps://video.example/1')
    expect(leftoverText(doc)).toContain('Грантовое направление\nПоддержка молодёжных проектов')
    const headings = leftoverFragment(doc).toArray().filter((n) => n instanceof Y.XmlElement && n.nodeName === 'heading')
    expect(headings.length).toBeGreaterThanOrEqual(3)
    // Nothing of it stays behind in a field the new form does not show.
    expect(draftFieldText(doc, 'publicity')).toBe('')
    expect(listItems(doc, 'videos')).toEqual([])
  })

  it('keeps the task ids the calendar plan refers to', () => {
    const doc = new Y.Doc()
    createDraft(doc, fpg)
    const task = addListItem(doc, 'tasks', 'Провести занятия')
    addActivity(doc, { title: 'Занятие', taskId: task })
    const custom: Template = { ...free, id: 'custom', sections: free.sections.map((s) => ({ ...s, fields: s.fields.map((f) => (f.id === 'tasks' ? { ...f, id: 'steps' } : f)) })) }
    switchTemplate(doc, fpg, custom)
    expect(listItems(doc, 'steps').map((i) => i.id)).toEqual([task])
    expect(listActivities(doc)[0]?.taskId).toBe(task)
  })

  it('keeps a choice the new form offers, sends the rest to «Не вошло в форму»', () => {
    const doc = new Y.Doc()
    createDraft(doc, fpg)
    setChoiceValues(doc, 'direction', [FPG_DIRECTIONS[0]])
    switchTemplate(doc, fpg, pfki)
    expect(choiceValues(doc, 'direction')).toEqual([])
    expect(leftoverText(doc)).toContain(FPG_DIRECTIONS[0])
    setChoiceValues(doc, 'direction', [PFKI_DIRECTIONS[1]])
    const copy: Template = { ...pfki, id: 'pfki-copy' }
    switchTemplate(doc, pfki, copy)
    expect(choiceValues(doc, 'direction')).toEqual([PFKI_DIRECTIONS[1]])
  })

  it('property: no paragraph is ever lost', () => {
    const line = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('а', 'б', 'в', ' ', '1', 'z', '—') })
    const canvas = fc.dictionary(fc.constantFrom(...CANVAS_BLOCK_IDS), fc.array(line, { minLength: 1, maxLength: 3 }))
    const edit = fc.record({ field: fc.nat(40), text: line, asList: fc.boolean() })
    fc.assert(
      fc.property(canvas, fc.array(edit, { maxLength: 8 }), fc.array(fc.nat(BUILT_IN_TEMPLATES.length - 1), { minLength: 1, maxLength: 5 }), (blocks, edits, path) => {
        const doc = new Y.Doc()
        for (const [block, lines] of Object.entries(blocks) as Array<[(typeof CANVAS_BLOCK_IDS)[number], string[]]>) {
          appendBlocks(canvasFragment(doc, block), [{ type: 'bulletList', items: lines }])
        }
        let current = BUILT_IN_TEMPLATES[0] as Template
        createDraft(doc, current, { projectName: 'Проект' })
        for (const e of edits) {
          const field = templateFields(current)[e.field % templateFields(current).length]!
          if (field.kind === 'text' || field.kind === 'rich') appendBlocks(draftFragment(doc, field.id), [e.asList ? { type: 'bulletList', items: [e.text] } : { type: 'paragraph', text: e.text }])
          if (field.kind === 'list') addListItem(doc, field.id, e.text)
          if (field.kind === 'choice') setChoiceValues(doc, field.id, [field.options![e.field % field.options!.length]!])
        }
        for (const step of path) {
          const next = BUILT_IN_TEMPLATES[step] as Template
          const before = paragraphs(doc, current)
          switchTemplate(doc, current, next)
          const after = paragraphs(doc, next)
          if (!isSubMultiset(before, after)) {
            expect.fail(`lost text switching ${current.id} → ${next.id}: ${JSON.stringify(before.filter((p) => !after.includes(p)))}`)
          }
          current = next
        }
      }),
      { numRuns: 150 },
    )
  })

  it('moves text of fields in neither form (a template edited since, a wrong `from`) too', () => {
    const doc = new Y.Doc()
    createDraft(doc, fpg)
    appendBlocks(draftFragment(doc, 'publicity'), [{ type: 'paragraph', text: 'Пост в группе посёлка' }])
    addListItem(doc, 'videos', 'https://video.example/2')
    // The caller says the draft was regional, which has neither field.
    const report = switchTemplate(doc, regional, pfki)
    expect(draftFieldText(doc, 'publicity')).toBe('Пост в группе посёлка')
    expect(report.leftover).toEqual(['videos'])
    expect(leftoverText(doc)).toBe('videos\nhttps://video.example/2')
    switchTemplate(doc, regional, free)
    expect(leftoverText(doc)).toContain('publicity\nПост в группе посёлка')
  })

  it('a switch is one transaction: one update for peers', () => {
    const doc = new Y.Doc()
    appendBlocks(canvasFragment(doc, 'risks'), [{ type: 'paragraph', text: 'Погода' }])
    createDraft(doc, free)
    let updates = 0
    doc.on('update', () => updates++)
    switchTemplate(doc, free, fpg)
    expect(updates).toBe(1)
    expect(fragmentText(leftoverFragment(doc))).toBe('Риски\nПогода')
  })
})
