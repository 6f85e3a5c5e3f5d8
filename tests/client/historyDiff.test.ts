/** Version comparison's pure parts: the word diff, a document as fields, and field-by-field comparison. */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNote, setNoteDate } from '../../shared/schema/board.js'
import { setConsultationFields } from '../../shared/schema/consultation.js'
import { canvasFragment } from '../../shared/schema/initiative.js'
import { createCard, ensureDefaultStages, moveCard, updateCard } from '../../shared/schema/kanban.js'
import { noteBody } from '../../shared/schema/note.js'
import { createPlanItem } from '../../shared/schema/plan.js'
import { appendBlocks } from '../../shared/schema/richText.js'
import { createDraft } from '../../shared/draft/prefill.js'
import { BUILT_IN_TEMPLATES } from '../../shared/templates/index.js'
import { translator } from '../../client/src/i18n/i18n.js'
import { compareFields, changedFields } from '../../client/src/views/history/compare.js'
import { docFields, fieldName, type FieldContext } from '../../client/src/views/history/docFields.js'
import { diffWords, tokenize } from '../../client/src/views/history/wordDiff.js'

const ctx: FieldContext = { t: translator('ru'), locale: 'ru' }
const copy = (doc: Y.Doc) => {
  const other = new Y.Doc()
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
  return other
}
/** The diff as text with [-removed-] and {+added+} marks. */
const marked = (a: string, b: string) => diffWords(a, b).map((p) => (p.op === 'same' ? p.text : p.op === 'add' ? `{+${p.text}+}` : `[-${p.text}-]`)).join('')

describe('word diff', () => {
  it('splits words, spaces and punctuation', () => {
    expect(tokenize('Бюджет, план — 5 дней.')).toEqual(['Бюджет', ',', ' ', 'план', ' ', '—', ' ', '5', ' ', 'дней', '.'])
  })

  it('marks added and removed words and keeps the rest', () => {
    expect(marked('Решили подать заявку в ФПГ.', 'Решили подать заявку в фонд Камчатки.')).toBe('Решили подать заявку в [-ФПГ-]{+фонд Камчатки+}.')
    expect(marked('один два три', 'один три')).toBe('один [-два -]три')
    expect(marked('один три', 'один два три')).toBe('один {+два +}три')
    expect(marked('', 'новый текст')).toBe('{+новый текст+}')
    expect(marked('старый текст', '')).toBe('[-старый текст-]')
    expect(diffWords('без изменений', 'без изменений')).toEqual([{ op: 'same', text: 'без изменений' }])
    expect(diffWords('', '')).toEqual([])
  })

  it('replaces a phrase as one removed and one added run, not a zipper of words', () => {
    expect(marked('встреча в среду утром', 'встреча в пятницу вечером')).toBe('встреча в [-среду утром-]{+пятницу вечером+}')
  })

  it('always rebuilds both texts from the runs', () => {
    const pairs = [
      ['Проблема: мало кружков для детей в Палане.', 'Проблема: в Палане нет кружков для подростков и детей.'],
      ['a b c d e f', 'f e d c b a'],
      ['Тест\nвторая строка', 'Тест\nтретья строка\nи ещё'],
    ] as const
    for (const [a, b] of pairs) {
      const parts = diffWords(a, b)
      expect(parts.filter((p) => p.op !== 'add').map((p) => p.text).join('')).toBe(a)
      expect(parts.filter((p) => p.op !== 'del').map((p) => p.text).join('')).toBe(b)
    }
  })
})

describe('documents as fields', () => {
  it('compares a note body and counts the changed field', () => {
    const doc = new Y.Doc()
    appendBlocks(noteBody(doc), [{ type: 'paragraph', text: 'Решили подать заявку.' }])
    const then = copy(doc)
    appendBlocks(noteBody(doc), [{ type: 'paragraph', text: 'Бюджет готовит Борис.' }])
    const cmp = compareFields(docFields('note', then, ctx), docFields('note', doc, ctx))
    expect(cmp.changed).toBe(1)
    const [field] = changedFields(cmp)
    expect(field?.kind).toBe('changed')
    expect(fieldName(field!)).toBe('Текст заметки')
    expect(field?.parts.find((p) => p.op === 'add')?.text).toContain('Бюджет готовит Борис.')
    expect(compareFields(docFields('note', doc, ctx), docFields('note', copy(doc), ctx)).changed).toBe(0)
  })

  it('lists a board by stages, cards, plan items and consultations, and finds what changed', () => {
    const doc = new Y.Doc()
    ensureDefaultStages(doc)
    const card = createCard(doc, { title: 'Школа юного журналиста', stage: 'idea', createdBy: 'Анна' })
    createPlanItem(doc, { title: 'Встреча с жителями', start: '2026-03-05', place: 'Палана', owner: 'Анна' })
    const note = addNote(doc, { title: 'Консультация по бюджету', createdBy: 'Анна' })
    const then = copy(doc)
    moveCard(doc, card, 'draft', 0)
    updateCard(doc, card, { owners: ['Борис'], due: '2026-04-01' })
    setNoteDate(doc, note, '2026-03-10')
    setConsultationFields(doc, note, { expert: 'Ирина' })
    const cmp = compareFields(docFields('board', then, ctx), docFields('board', doc, ctx))
    const names = changedFields(cmp).map(fieldName)
    expect(names).toEqual([
      'Школа юного журналиста · Этап',
      'Школа юного журналиста · Ответственные',
      'Школа юного журналиста · Срок',
      'Консультация по бюджету · Дата',
      'Консультация по бюджету · Эксперт',
    ])
    expect(cmp.changed).toBe(5)
    const stage = changedFields(cmp)[0]!
    expect([stage.before, stage.after]).toEqual(['Идея', 'Черновик проекта'])
    expect(changedFields(cmp)[2]?.after).toBe('1 апреля 2026 г.')
    expect(cmp.groups.map((g) => g.group)).toEqual(['stages', 'cards', 'plan', 'consultations'])
  })

  it('shows a card added and one removed since the version', () => {
    const doc = new Y.Doc()
    ensureDefaultStages(doc)
    const gone = createCard(doc, { title: 'Старая идея', stage: 'idea', createdBy: 'Анна' })
    const then = copy(doc)
    doc.getMap('cards').delete(gone)
    createCard(doc, { title: 'Новая идея', stage: 'idea', createdBy: 'Борис' })
    const changes = changedFields(compareFields(docFields('board', then, ctx), docFields('board', doc, ctx)))
    expect(changes.map((c) => [fieldName(c), c.kind])).toEqual([
      ['Старая идея · Название', 'removed'],
      ['Старая идея · Этап', 'removed'],
      ['Новая идея · Название', 'added'],
      ['Новая идея · Этап', 'added'],
    ])
  })

  it('reads an initiative as canvas blocks and draft fields by their titles', () => {
    const doc = new Y.Doc()
    const template = BUILT_IN_TEMPLATES[0]!
    appendBlocks(canvasFragment(doc, 'problem'), [{ type: 'paragraph', text: 'Подросткам в Палане некуда пойти.' }])
    createDraft(doc, template)
    const then = copy(doc)
    appendBlocks(canvasFragment(doc, 'goal'), [{ type: 'paragraph', text: 'Открыть медиастудию.' }])
    const withTemplate = { ...ctx, template }
    const fields = docFields('initiative', doc, withTemplate)
    expect(fields.find((f) => f.id === 'canvas:problem')?.item).toBe('Проблема')
    expect(fields.some((f) => f.group === 'draft' && f.text.includes('Подросткам в Палане'))).toBe(true)
    const changes = changedFields(compareFields(docFields('initiative', then, withTemplate), fields))
    expect(changes.map(fieldName)).toEqual(['Цель'])
    expect(changes[0]?.kind).toBe('changed')
  })
})
