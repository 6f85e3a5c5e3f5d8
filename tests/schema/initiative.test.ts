import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  CANVAS_BLOCK_IDS,
  CANVAS_BLOCKS,
  canvasBlockChars,
  canvasBlockText,
  canvasFieldName,
  canvasFragment,
  canvasText,
  filledBlocks,
  isCanvasBlockId,
  observeCanvasBlock,
} from '../../shared/schema/initiative.js'
import { noteBody, noteBodyText } from '../../shared/schema/note.js'
import { appendBlocks, countChars, fragmentText } from '../../shared/schema/richText.js'
import { replica, syncAll } from './replicas.js'

describe('initiative canvas', () => {
  it('has the blocks in the order of the grant logic, with i18n keys', () => {
    expect(CANVAS_BLOCK_IDS).toEqual([
      'problem', 'causes', 'targetGroups', 'goal', 'tasks', 'activities', 'results', 'resources', 'partners', 'risks', 'geography',
    ])
    for (const block of CANVAS_BLOCKS) {
      expect(block.labelKey).toBe(`canvas.${block.id}.label`)
      expect(block.hintKey).toBe(`canvas.${block.id}.hint`)
    }
    expect(isCanvasBlockId('goal')).toBe(true)
    expect(isCanvasBlockId('budget')).toBe(false)
  })

  it('each block is its own named fragment', () => {
    const doc = new Y.Doc()
    expect(canvasFieldName('problem')).toBe('canvas.problem')
    expect(canvasFragment(doc, 'problem')).toBe(doc.getXmlFragment('canvas.problem'))
    expect(canvasFragment(doc, 'goal')).not.toBe(canvasFragment(doc, 'problem'))
  })

  it('reads text per block, counts characters, lists filled blocks', () => {
    const doc = new Y.Doc()
    appendBlocks(canvasFragment(doc, 'problem'), [{ type: 'paragraph', text: 'Дети не говорят' }, { type: 'paragraph', text: 'по-корякски.' }])
    appendBlocks(canvasFragment(doc, 'tasks'), [{ type: 'bulletList', items: ['Встречи', 'Игры'] }])
    expect(canvasBlockText(doc, 'problem')).toBe('Дети не говорят\nпо-корякски.')
    expect(canvasBlockChars(doc, 'problem')).toBe(15 + 1 + 12)
    expect(canvasText(doc)).toMatchObject({ problem: 'Дети не говорят\nпо-корякски.', tasks: 'Встречи\nИгры', goal: '' })
    expect(Object.keys(canvasText(doc))).toEqual(CANVAS_BLOCK_IDS)
    expect(filledBlocks(doc)).toEqual(['problem', 'tasks'])
  })

  it('two people typing in different blocks at once both keep their text', () => {
    const a = replica(1)
    const b = replica(2)
    appendBlocks(canvasFragment(a, 'goal'), [{ type: 'paragraph', text: 'Цель' }])
    appendBlocks(canvasFragment(b, 'risks'), [{ type: 'paragraph', text: 'Риск' }])
    syncAll(a, b)
    expect(canvasText(a)).toEqual(canvasText(b))
    expect(filledBlocks(a)).toEqual(['goal', 'risks'])
  })

  it('observes one block', () => {
    const doc = new Y.Doc()
    const seen: string[] = []
    const stop = observeCanvasBlock(doc, 'goal', (text) => seen.push(text))
    appendBlocks(canvasFragment(doc, 'goal'), [{ type: 'paragraph', text: 'a' }])
    appendBlocks(canvasFragment(doc, 'risks'), [{ type: 'paragraph', text: 'x' }])
    stop()
    appendBlocks(canvasFragment(doc, 'goal'), [{ type: 'paragraph', text: 'b' }])
    expect(seen).toEqual(['a'])
  })
})

describe('rich text', () => {
  it('counts code points: spaces count, an emoji is one, a line break is one', () => {
    expect(countChars('')).toBe(0)
    expect(countChars('а б')).toBe(3)
    expect(countChars('🙂')).toBe(1)
    expect(countChars('ё\nё')).toBe(3)
  })

  it('builds StarterKit nodes: paragraph > text, bulletList > listItem > paragraph', () => {
    const doc = new Y.Doc()
    const fragment = doc.getXmlFragment('f')
    appendBlocks(fragment, [
      { type: 'paragraph', text: 'Итоги' },
      { type: 'bulletList', items: ['раз', 'два'] },
      { type: 'orderedList', items: ['один'] },
      { type: 'paragraph', text: '' },
    ])
    // Node names as the editor's schema spells them (toString() would lower-case them).
    const shape = (node: unknown): string =>
      node instanceof Y.XmlElement
        ? `${node.nodeName}(${node.toArray().map(shape).join(' ')})`
        : node instanceof Y.XmlText
          ? JSON.stringify(node.toString())
          : '?'
    expect(fragment.toArray().map(shape)).toEqual([
      'paragraph("Итоги")',
      'bulletList(listItem(paragraph("раз")) listItem(paragraph("два")))',
      'orderedList(listItem(paragraph("один")))',
      'paragraph()',
    ])
    // Empty blocks give no line.
    expect(fragmentText(fragment)).toBe('Итоги\nраз\nдва\nодин')
  })

  it('a hard break is a line break; formatting is ignored', () => {
    const doc = new Y.Doc()
    const fragment = doc.getXmlFragment('f')
    const p = new Y.XmlElement('paragraph')
    fragment.insert(0, [p])
    const t1 = new Y.XmlText()
    const t2 = new Y.XmlText()
    p.insert(0, [t1, new Y.XmlElement('hardBreak'), t2])
    t1.insert(0, 'жирный', { bold: true })
    t2.insert(0, 'дальше')
    expect(fragmentText(fragment)).toBe('жирный\nдальше')
    expect(countChars(fragmentText(fragment))).toBe(13)
  })

  it('note bodies read through the same walker', () => {
    const doc = new Y.Doc()
    appendBlocks(noteBody(doc), [{ type: 'paragraph', text: 'Решили' }, { type: 'bulletList', items: ['подать заявку'] }])
    expect(noteBodyText(doc)).toBe('Решили\nподать заявку')
  })
})
