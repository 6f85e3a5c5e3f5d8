/**
 * Where a comment thread sits: a range of words in one rich-text field, kept
 * as two Yjs relative positions, or a whole card / plan activity.
 *
 * A text range is stored as base64 of `Y.encodeRelativePosition`: the start
 * sticks to the first character of the range (assoc 0) and the end to the
 * last one (assoc -1), so text typed just before or just after the range
 * stays out of it, text typed inside joins it, and when every character of
 * the range is deleted both ends meet — the thread is then «detached» and
 * shows the words it was written about (`quote`, taken when it was made).
 * Undoing the deletion brings the items back and the anchor with them.
 */
import { fromBase64, toBase64 } from 'lib0/buffer'
import * as Y from 'yjs'
import { ID_PATTERN } from '../docId.js'

/** Longest kept quote of the commented words (characters). */
export const QUOTE_MAX = 300

/** A range of words in the rich-text field `field` (a root Y.XmlFragment's name, e.g. `body`, `canvas.problem`). */
export interface TextAnchor {
  readonly kind: 'text'
  readonly field: string
  /** Encoded relative position of the first character. */
  readonly start: string
  /** Encoded relative position after the last character. */
  readonly end: string
  /** The words as they were when the thread was started. */
  readonly quote: string
}

/** A whole card of the kanban or an activity of the module plan (both in the board document). */
export interface TargetAnchor {
  readonly kind: 'card' | 'planItem'
  readonly id: string
}

export type CommentAnchor = TextAnchor | TargetAnchor

/** Any Yjs type (Yjs types its own parameter loosely; this keeps `any` out of ours). */
type YType = Parameters<typeof Y.createRelativePositionFromTypeIndex>[0]

/** A position inside a Yjs type, as `Y.createAbsolutePositionFromRelativePosition` gives it. */
export interface TypePosition {
  readonly type: YType
  readonly index: number
}

const encode = (rel: Y.RelativePosition): string => toBase64(Y.encodeRelativePosition(rel))

function decode(value: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(fromBase64(value))
  } catch {
    return null
  }
}

/** Builds a text anchor from the range's two ends (the editor finds them; tests give them directly). */
export function textAnchor(field: string, start: TypePosition, end: TypePosition, quote: string): TextAnchor {
  return {
    kind: 'text',
    field,
    start: encode(Y.createRelativePositionFromTypeIndex(start.type, start.index, 0)),
    end: encode(Y.createRelativePositionFromTypeIndex(end.type, end.index, -1)),
    quote: quote.replace(/\s+/g, ' ').trim().slice(0, QUOTE_MAX),
  }
}

/** Reads an anchor written by anyone (any client can write anything): null when it is not one. */
export function readAnchor(value: unknown): CommentAnchor | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (v.kind === 'text') {
    const { field, start, end, quote } = v
    if (typeof field !== 'string' || typeof start !== 'string' || typeof end !== 'string') return null
    return { kind: 'text', field, start, end, quote: typeof quote === 'string' ? quote.slice(0, QUOTE_MAX) : '' }
  }
  if ((v.kind === 'card' || v.kind === 'planItem') && typeof v.id === 'string' && ID_PATTERN.test(v.id)) return { kind: v.kind, id: v.id }
  return null
}

/** True when the type and every type above it are still in the document (a deleted paragraph takes its text with it). */
function alive(type: YType): boolean {
  let item = type._item
  while (item) {
    if (item.deleted) return false
    item = (item.parent as YType)._item
  }
  return true
}

/** Where an encoded end of a range is now, or null when its text is gone. */
export function resolveEnd(doc: Y.Doc, encoded: string): TypePosition | null {
  const rel = decode(encoded)
  if (!rel) return null
  const abs = Y.createAbsolutePositionFromRelativePosition(rel, doc)
  if (!abs || !alive(abs.type)) return null
  return { type: abs.type, index: abs.index }
}

/** Block-level nodes whose end is a line break (as in `richText.ts`). */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock'])

/** The field's plain text with where each text node starts in it. */
function layout(fragment: Y.XmlFragment): { text: string; starts: Map<Y.XmlText, number> } {
  let text = ''
  const starts = new Map<Y.XmlText, number>()
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook) => {
    if (node instanceof Y.XmlText) {
      starts.set(node, text.length)
      for (const op of node.toDelta() as Array<{ insert?: unknown }>) {
        // Embeds count one position in Yjs; keep offsets aligned with a placeholder.
        text += typeof op.insert === 'string' ? op.insert : '\u{FFFC}'
      }
      return
    }
    if (!(node instanceof Y.XmlElement)) return
    node.toArray().forEach(walk)
    if (BLOCKS.has(node.nodeName) && !text.endsWith('\n')) text += '\n'
  }
  fragment.toArray().forEach(walk)
  return { text, starts }
}

/** The words a text anchor covers now, or null when it is detached (all its words deleted). */
export function anchorText(doc: Y.Doc, anchor: TextAnchor): string | null {
  const start = resolveEnd(doc, anchor.start)
  const end = resolveEnd(doc, anchor.end)
  if (!start || !end || !(start.type instanceof Y.XmlText) || !(end.type instanceof Y.XmlText)) return null
  const { text, starts } = layout(doc.getXmlFragment(anchor.field))
  const from = starts.get(start.type)
  const to = starts.get(end.type)
  if (from === undefined || to === undefined) return null
  const words = text.slice(from + start.index, to + end.index).trim()
  return words === '' ? null : words
}
