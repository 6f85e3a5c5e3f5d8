/**
 * The initiative document (`initiative:<id>`, the id being its card's id):
 * the canvas, one collaborative rich-text field per block, in the order of
 * the grant logic (problem → causes → target groups → goal → tasks →
 * activities → results → resources → partners → risks → geography).
 *
 * Each block is its own Y.XmlFragment named `canvas.<blockId>`, so the editor
 * binds to it directly and two people typing in different blocks never touch
 * the same type. Which blocks a person has collapsed is their own view state,
 * kept on their device, not in this document.
 */
import type * as Y from 'yjs'
import { countChars, fragmentText } from './richText.js'

/**
 * The canvas blocks in order. `labelKey` and `hintKey` are i18n message keys
 * (the block's name and its one-line hint); the texts live in the UI's dictionaries.
 */
export const CANVAS_BLOCKS = [
  { id: 'problem', labelKey: 'canvas.problem.label', hintKey: 'canvas.problem.hint' },
  { id: 'causes', labelKey: 'canvas.causes.label', hintKey: 'canvas.causes.hint' },
  { id: 'targetGroups', labelKey: 'canvas.targetGroups.label', hintKey: 'canvas.targetGroups.hint' },
  { id: 'goal', labelKey: 'canvas.goal.label', hintKey: 'canvas.goal.hint' },
  { id: 'tasks', labelKey: 'canvas.tasks.label', hintKey: 'canvas.tasks.hint' },
  { id: 'activities', labelKey: 'canvas.activities.label', hintKey: 'canvas.activities.hint' },
  { id: 'results', labelKey: 'canvas.results.label', hintKey: 'canvas.results.hint' },
  { id: 'resources', labelKey: 'canvas.resources.label', hintKey: 'canvas.resources.hint' },
  { id: 'partners', labelKey: 'canvas.partners.label', hintKey: 'canvas.partners.hint' },
  { id: 'risks', labelKey: 'canvas.risks.label', hintKey: 'canvas.risks.hint' },
  { id: 'geography', labelKey: 'canvas.geography.label', hintKey: 'canvas.geography.hint' },
] as const

/** One of the canvas block ids. */
export type CanvasBlockId = (typeof CANVAS_BLOCKS)[number]['id']

/** The canvas block ids in order. */
export const CANVAS_BLOCK_IDS: readonly CanvasBlockId[] = CANVAS_BLOCKS.map((b) => b.id)

/** True for a known canvas block id. */
export function isCanvasBlockId(value: string): value is CanvasBlockId {
  return (CANVAS_BLOCK_IDS as readonly string[]).includes(value)
}

/** Name of a block's Y.XmlFragment in the initiative document (the editor's `field`). */
export function canvasFieldName(blockId: CanvasBlockId): string {
  return `canvas.${blockId}`
}

/** A block's rich-text fragment. */
export function canvasFragment(doc: Y.Doc, blockId: CanvasBlockId): Y.XmlFragment {
  return doc.getXmlFragment(canvasFieldName(blockId))
}

/** A block's plain text, one line per paragraph or list item. */
export function canvasBlockText(doc: Y.Doc, blockId: CanvasBlockId): string {
  return fragmentText(canvasFragment(doc, blockId))
}

/** A block's length in characters with spaces (see `countChars`), for live counters. */
export function canvasBlockChars(doc: Y.Doc, blockId: CanvasBlockId): number {
  return countChars(canvasBlockText(doc, blockId))
}

/** Plain text of every block, in canvas order (export, drafts, previews). */
export function canvasText(doc: Y.Doc): Record<CanvasBlockId, string> {
  const out = {} as Record<CanvasBlockId, string>
  for (const id of CANVAS_BLOCK_IDS) out[id] = canvasBlockText(doc, id)
  return out
}

/** The blocks that have some text, in canvas order (a readiness hint). */
export function filledBlocks(doc: Y.Doc): CanvasBlockId[] {
  return CANVAS_BLOCK_IDS.filter((id) => canvasBlockText(doc, id).trim() !== '')
}

/** Calls `cb` with a block's plain text after every change to it. Returns the unsubscribe function. */
export function observeCanvasBlock(doc: Y.Doc, blockId: CanvasBlockId, cb: (text: string) => void): () => void {
  const fragment = canvasFragment(doc, blockId)
  const handler = () => cb(fragmentText(fragment))
  fragment.observeDeep(handler)
  return () => fragment.unobserveDeep(handler)
}
