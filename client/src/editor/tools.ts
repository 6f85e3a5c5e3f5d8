/** The formatting buttons of the editor's toolbars: the full set for notes, a compact one for canvas blocks. */
import type { Editor } from '@tiptap/react'
import type { MessageKey } from '../i18n/i18n.js'

/** Which toolbar an editor shows. */
export type ToolbarVariant = 'full' | 'compact' | 'none'

export interface Tool {
  id: string
  /** Full name: the button's text in the full toolbar, its accessible name and tooltip in the compact one. */
  label: MessageKey
  /** A short glyph for the compact toolbar (Ж, К, •…). */
  short: MessageKey
  run(editor: Editor): void
  active?(editor: Editor): boolean
  can?(editor: Editor): boolean
}

const heading: Tool = {
  id: 'heading',
  label: 'editor.heading',
  short: 'initiative.editor.headingShort',
  run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  active: (e) => e.isActive('heading', { level: 2 }),
}
const bold: Tool = {
  id: 'bold',
  label: 'editor.bold',
  short: 'initiative.editor.boldShort',
  run: (e) => e.chain().focus().toggleBold().run(),
  active: (e) => e.isActive('bold'),
}
const italic: Tool = {
  id: 'italic',
  label: 'editor.italic',
  short: 'initiative.editor.italicShort',
  run: (e) => e.chain().focus().toggleItalic().run(),
  active: (e) => e.isActive('italic'),
}
const bullets: Tool = {
  id: 'bullets',
  label: 'editor.bullets',
  short: 'initiative.editor.bulletsShort',
  run: (e) => e.chain().focus().toggleBulletList().run(),
  active: (e) => e.isActive('bulletList'),
}
const numbers: Tool = {
  id: 'numbers',
  label: 'editor.numbers',
  short: 'initiative.editor.numbersShort',
  run: (e) => e.chain().focus().toggleOrderedList().run(),
  active: (e) => e.isActive('orderedList'),
}
// Undo and redo come from the Collaboration extension: per person, over Yjs, so nobody undoes someone else's typing.
const undo: Tool = {
  id: 'undo',
  label: 'editor.undo',
  short: 'initiative.editor.undoShort',
  run: (e) => e.chain().focus().undo().run(),
}
const redo: Tool = {
  id: 'redo',
  label: 'editor.redo',
  short: 'initiative.editor.redoShort',
  run: (e) => e.chain().focus().redo().run(),
}

export const TOOLS: Record<Exclude<ToolbarVariant, 'none'>, readonly Tool[]> = {
  full: [heading, bold, italic, bullets, numbers, undo, redo],
  compact: [bold, italic, bullets, numbers, undo, redo],
}
