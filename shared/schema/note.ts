/**
 * The note document (`note:<id>`): one consultation's rich text. Its title
 * and date live in the board document (see `board.ts`), so the board list
 * never needs the bodies.
 */
import * as Y from 'yjs'

/** Name of the Y.XmlFragment holding the note's rich text (the editor's `field`). */
export const NOTE_BODY = 'body'

/** The note's rich-text fragment. */
export function noteBody(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(NOTE_BODY)
}

/** Block-level node names whose end is a line break in plain text. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock'])

/** The note's text without formatting, one line per block (for previews, search, tests). */
export function noteBodyText(doc: Y.Doc): string {
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
    node.toArray().forEach(walk)
    if (BLOCKS.has(node.nodeName) && line !== '') {
      lines.push(line)
      line = ''
    }
  }
  noteBody(doc).toArray().forEach(walk)
  if (line !== '') lines.push(line)
  return lines.join('\n')
}
