/**
 * Comment highlights in a collaborative editor: the open threads anchored in
 * this editor's field, drawn as ProseMirror decorations — never as a mark in
 * the text, so commenting (and seeing comments) never edits the text.
 *
 * Ranges are stored as Yjs relative positions; they are turned into editor
 * positions through the sync binding's mapping (the way the caret plugin
 * places the others' carets). Local typing moves the highlights at once
 * (decorations are mapped through each transaction); after every change to
 * the text or to the comments they are computed again from the anchors.
 */
import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import { absolutePositionToRelativePosition, ySyncPluginKey } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { listThreads, observeComments, resolveEnd, textAnchor, type TextAnchor, type TypePosition } from '../../../shared/schema/comments.js'

/** The editor's comment options: which document and field, and which thread is active. */
export interface CommentPluginOptions {
  doc: Y.Doc | null
  field: string
}

interface HighlightState {
  decorations: DecorationSet
  active: string | null
}

type Meta = { recompute: true } | { active: string | null }

export const commentPluginKey = new PluginKey<HighlightState>('comment-highlights')

/** The binding's map from Yjs types to the editor's nodes. */
type Mapping = Parameters<typeof absolutePositionToRelativePosition>[2]
type YType = Y.ContentType['type']

interface Binding {
  type: Y.XmlFragment
  mapping: Mapping
  doc: Y.Doc
}

/** The sync binding of an editor state, once it has drawn the document. */
function bindingOf(state: EditorState): Binding | null {
  const ystate: unknown = ySyncPluginKey.getState(state)
  if (typeof ystate !== 'object' || ystate === null) return null
  const binding = (ystate as { binding?: Binding | null }).binding
  return binding && binding.mapping.size > 0 ? binding : null
}

const sizeOf = (mapping: Mapping, t: YType): number | null => {
  const node: PMNode | PMNode[] | undefined = mapping.get(t)
  if (!node) return null
  return Array.isArray(node) ? node.reduce((n, x) => n + x.nodeSize, 0) : node.nodeSize
}

const contentType = (item: Y.Item): YType => (item.content as Y.ContentType).type

/**
 * The editor position of a position inside the field's Yjs tree (after
 * y-tiptap's `relativePositionToAbsolutePosition`, without its guard that
 * drops positions at the very start of the text — a comment on the first word is fine).
 */
function editorPosition(fragment: Y.XmlFragment, at: TypePosition, mapping: Mapping): number | null {
  let type = at.type
  if (type !== fragment && !(type._item && Y.isParentOf(fragment, type._item))) return null
  let pos = 0
  if (type instanceof Y.XmlText) pos = at.index
  else {
    let n = type._start
    for (let i = 0; i < at.index && n !== null; n = n.right) {
      if (n.deleted) continue
      i++
      const t = contentType(n)
      const size = t instanceof Y.XmlText ? t.length : sizeOf(mapping, t)
      if (size === null) return null
      pos += size
    }
    pos += 1
  }
  while (type !== fragment && type._item !== null) {
    const parent = type._item.parent as typeof type
    pos += 1
    for (let n = parent._start; n !== null; n = n.right) {
      const t = contentType(n)
      if (t === type) break
      if (n.deleted) continue
      const size = t instanceof Y.XmlText ? t.length : sizeOf(mapping, t)
      if (size === null) return null
      pos += size
    }
    type = parent
  }
  return pos - 1
}

function computeDecorations(state: EditorState, options: CommentPluginOptions, active: string | null): DecorationSet {
  const binding = bindingOf(state)
  const doc = options.doc
  if (!binding || !doc) return DecorationSet.empty
  const size = state.doc.content.size
  const decorations: Decoration[] = []
  for (const thread of listThreads(doc, { field: options.field })) {
    if (thread.resolved || thread.anchor.kind !== 'text') continue
    const start = resolveEnd(doc, thread.anchor.start)
    const end = resolveEnd(doc, thread.anchor.end)
    if (!start || !end) continue
    const from = editorPosition(binding.type, start, binding.mapping)
    const to = editorPosition(binding.type, end, binding.mapping)
    if (from === null || to === null || from >= to || from < 0 || to > size) continue
    const classes = thread.id === active ? 'comment-mark comment-mark--active' : 'comment-mark'
    decorations.push(Decoration.inline(from, to, { class: classes, 'data-thread': thread.id }, { thread: thread.id }))
  }
  return DecorationSet.create(state.doc, decorations)
}

/** The selected words as a new anchor (null when nothing is selected or the editor is not bound yet). */
export function selectionAnchor(state: EditorState, field: string): TextAnchor | null {
  const binding = bindingOf(state)
  if (!binding || state.selection.empty) return null
  // Whatever the selection (all, node…), anchor it between text positions.
  const sel = TextSelection.between(state.doc.resolve(state.selection.from), state.doc.resolve(state.selection.to))
  const quote = state.doc.textBetween(sel.from, sel.to, '\n').trim()
  if (sel.empty || quote === '') return null
  const at = (pos: number): TypePosition | null => {
    const rel = absolutePositionToRelativePosition(pos, binding.type, binding.mapping)
    const abs = Y.createAbsolutePositionFromRelativePosition(rel, binding.doc)
    return abs ? { type: abs.type, index: abs.index } : null
  }
  const start = at(sel.from)
  const end = at(sel.to)
  return start && end ? textAnchor(field, start, end, quote) : null
}

/** Makes `threadId` the active (strongly highlighted) thread, or none. */
export function setActiveThread(view: EditorView, threadId: string | null): void {
  view.dispatch(view.state.tr.setMeta(commentPluginKey, { active: threadId } satisfies Meta).setMeta('addToHistory', false))
}

/** Highlights of comment threads; see the module comment. */
export const CommentHighlights = Extension.create<CommentPluginOptions>({
  name: 'commentHighlights',
  addOptions: () => ({ doc: null, field: '' }),
  addProseMirrorPlugins() {
    const options = this.options
    return [
      new Plugin<HighlightState>({
        key: commentPluginKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, active: null }),
          apply(tr, value, _old, state) {
            const meta = tr.getMeta(commentPluginKey) as Meta | undefined
            if (meta && 'active' in meta) return { active: meta.active, decorations: computeDecorations(state, options, meta.active) }
            // Remote text arrives as a transaction from the binding: its mapping is already up to date.
            if (meta || tr.getMeta(ySyncPluginKey)) return { ...value, decorations: computeDecorations(state, options, value.active) }
            return tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value
          },
        },
        props: {
          decorations: (state) => commentPluginKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
        view(view) {
          const doc = options.doc
          if (!doc) return {}
          let frame = 0
          // After local typing reaches Yjs (the binding writes it after the transaction), and after any comment change.
          const schedule = () => {
            if (frame) return
            frame = requestAnimationFrame(() => {
              frame = 0
              if (view.isDestroyed) return
              // A field nobody commented costs nothing while typing: no extra transaction per keystroke.
              const shown = commentPluginKey.getState(view.state)?.decorations ?? DecorationSet.empty
              if (shown === DecorationSet.empty && !listThreads(doc, { field: options.field }).some((th) => !th.resolved)) return
              view.dispatch(view.state.tr.setMeta(commentPluginKey, { recompute: true } satisfies Meta).setMeta('addToHistory', false))
            })
          }
          const fragment = doc.getXmlFragment(options.field)
          fragment.observeDeep(schedule)
          const stop = observeComments(doc, schedule)
          schedule()
          return {
            destroy() {
              cancelAnimationFrame(frame)
              fragment.unobserveDeep(schedule)
              stop()
            },
          }
        },
      }),
    ]
  },
})
