/**
 * Rich text as stored by the editor (Tiptap's StarterKit over a Y.XmlFragment):
 * plain-text extraction, character counting for grant forms, and builders
 * for content written outside the editor (demo data, imports).
 *
 * The text of a fragment is one line per block (paragraph, heading, list
 * item…), lines joined by '\n'; a hard break inside a paragraph is also '\n'.
 * Empty blocks give no line: blank paragraphs left for spacing are not text.
 */
import * as Y from 'yjs'

/** Block-level node names whose end is a line break in plain text. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock'])

/** The text of a fragment without formatting, one line per block (previews, search, counters, export). */
export function fragmentText(fragment: Y.XmlFragment): string {
  const lines: string[] = []
  let line = ''
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook) => {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as Array<{ insert?: unknown }>) {
        if (typeof op.insert === 'string') line += op.insert
      }
      return
    }
    if (!(node instanceof Y.XmlElement)) return
    if (node.nodeName === 'hardBreak') {
      line += '\n'
      return
    }
    node.toArray().forEach(walk)
    if (BLOCKS.has(node.nodeName) && line !== '') {
      lines.push(line)
      line = ''
    }
  }
  fragment.toArray().forEach(walk)
  if (line !== '') lines.push(line)
  return lines.join('\n')
}

/**
 * Characters "with spaces" as the grant portals count them: every Unicode
 * code point, spaces included, and each line break (between blocks) as one.
 * An emoji or a rare letter outside the BMP is one character, not two.
 */
export function countChars(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

/** A block to write into a fragment: a paragraph or a bullet / numbered list of one-paragraph items. */
export type RichBlock =
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'bulletList' | 'orderedList'; readonly items: readonly string[] }

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph')
  if (text !== '') p.insert(0, [new Y.XmlText(text)])
  return p
}

/** Appends blocks to a fragment in the node names StarterKit understands (list > listItem > paragraph). */
export function appendBlocks(fragment: Y.XmlFragment, blocks: readonly RichBlock[]): void {
  const nodes = blocks.map((block) => {
    if (block.type === 'paragraph') return paragraph(block.text)
    const list = new Y.XmlElement(block.type)
    list.insert(
      0,
      block.items.map((text) => {
        const item = new Y.XmlElement('listItem')
        item.insert(0, [paragraph(text)])
        return item
      }),
    )
    return list
  })
  const write = () => fragment.insert(fragment.length, nodes)
  if (fragment.doc) fragment.doc.transact(write)
  else write()
}

