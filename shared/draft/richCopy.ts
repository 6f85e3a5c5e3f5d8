/**
 * Rich text moved between fragments (canvas → draft, field → field, field →
 * «Не вошло в форму»): deep copies keep the structure the editor wrote
 * (paragraphs, lists, marks), and headings name where text came from.
 */
import * as Y from 'yjs'
import { appendBlocks, fragmentText } from '../schema/richText.js'

type Node = Y.XmlElement | Y.XmlText

/** Deep copies of a fragment's top-level nodes, ready to insert elsewhere. */
export function copyNodes(fragment: Y.XmlFragment): Node[] {
  return fragment.toArray().flatMap((node) => (node instanceof Y.XmlElement || node instanceof Y.XmlText ? [node.clone()] : []))
}

/** A heading node (StarterKit's `heading`, level 3: below the form's section and field headings). */
export function headingNode(text: string, level = 3): Y.XmlElement {
  const heading = new Y.XmlElement('heading')
  // The editor writes and reads `level` as a number; Yjs types attributes as strings by default.
  heading.setAttribute('level', level as unknown as string)
  heading.insert(0, [new Y.XmlText(text)])
  return heading
}

/** Appends nodes at the end of a fragment. */
export function appendNodes(fragment: Y.XmlFragment, nodes: readonly Node[]): void {
  if (nodes.length > 0) fragment.insert(fragment.length, [...nodes])
}

/** True when a fragment holds no text (blank paragraphs only, or nothing). */
export function isBlank(fragment: Y.XmlFragment): boolean {
  return fragmentText(fragment).trim() === ''
}

/** The non-blank lines of a text (one per paragraph, list item or hard break), trimmed. */
export function textLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/** The non-blank lines of a fragment. */
export function fragmentLines(fragment: Y.XmlFragment): string[] {
  return textLines(fragmentText(fragment))
}

/** Appends items as a bullet list. */
export function appendBulletList(fragment: Y.XmlFragment, items: readonly string[]): void {
  if (items.length > 0) appendBlocks(fragment, [{ type: 'bulletList', items }])
}

/** Appends a paragraph. */
export function appendParagraph(fragment: Y.XmlFragment, text: string): void {
  appendBlocks(fragment, [{ type: 'paragraph', text }])
}

/** Removes everything from a fragment. */
export function clearFragment(fragment: Y.XmlFragment): void {
  if (fragment.length > 0) fragment.delete(0, fragment.length)
}
