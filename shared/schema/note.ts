/**
 * The note document (`note:<id>`): one consultation's rich text. Its title
 * and date live in the board document (see `board.ts`), so the board list
 * never needs the bodies.
 */
import * as Y from 'yjs'
import { fragmentText } from './richText.js'

/** Name of the Y.XmlFragment holding the note's rich text (the editor's `field`). */
export const NOTE_BODY = 'body'

/** The note's rich-text fragment. */
export function noteBody(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(NOTE_BODY)
}

/** The note's text without formatting, one line per block (for previews, search, tests). */
export function noteBodyText(doc: Y.Doc): string {
  return fragmentText(noteBody(doc))
}
