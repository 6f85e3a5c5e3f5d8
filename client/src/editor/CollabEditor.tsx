/**
 * A collaborative rich-text field: Tiptap bound to one Y.XmlFragment, with the
 * carets of the others in it. Several editors on one page share their
 * document's Y.Doc and its one provider (one websocket per document, not per
 * field): each binds to its own fragment, and the caret plugin only shows a
 * caret in the editor whose fragment it points into.
 */
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { EditorContent, useEditor, useEditorState } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { useEffect, useMemo, useRef } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { useAccess } from '../access/BoardAccessProvider.js'
import { useI18n } from '../i18n/I18nProvider.js'
import type { Person } from '../sync/docRegistry.js'
import { CommentHighlights } from './commentPlugin.js'
import { useEditorComments } from './EditorComments.js'
import { Toolbar } from './Toolbar.js'
import type { ToolbarVariant } from './tools.js'
import { useFragmentText } from './useFragmentText.js'

/** What the caret extension needs of a provider: its awareness (the stock WebsocketProvider has one). */
export interface CaretProvider {
  awareness: Awareness
  /** The document's id (the stock WebsocketProvider's room): names it in what this device remembers of comments. */
  roomname?: string
}

/** The root name of a fragment in its document (a comment anchor's `field`), or null when it is not a root. */
function rootName(fragment: Y.XmlFragment): string | null {
  if (!fragment.doc || fragment._item !== null) return null
  try {
    return Y.findRootTypeKey(fragment)
  } catch {
    return null
  }
}

export interface CollabEditorProps {
  /** The rich text to edit (e.g. `noteBody(doc)`, `canvasFragment(doc, blockId)`). */
  fragment: Y.XmlFragment
  /** The document's provider; every editor of one document gets the same one. */
  provider: CaretProvider
  /** My name and colour, on my caret in the others' editors. */
  person: Person
  /** `full` for notes; `compact` (bold, italic, lists, undo/redo, under the text while editing) for canvas blocks; `none`. */
  variant?: ToolbarVariant
  /** Accessible name of the text field. */
  label: string
  /** Shown while the field is empty. */
  placeholder: string
  /** Called with the length «с пробелами» (the grant portals' rule) initially and after every change. */
  onCharCount?: (chars: number) => void
  /** Accessible name of the toolbar (defaults to «Оформление текста»). */
  toolbarLabel?: string
  /** Id of an element describing the field (a hint under its title). */
  describedBy?: string
  /** Extra class on the outer element. */
  className?: string
  /** Comment threads on words of this field (on by default; off for fields nobody should comment). */
  comments?: boolean
  /** Shown, not typed into (besides the board role, which the editor reads itself: read-only for whoever may not edit). */
  readOnly?: boolean
}

export function CollabEditor({
  fragment,
  provider,
  person,
  variant = 'full',
  label,
  placeholder,
  onCharCount,
  toolbarLabel,
  describedBy,
  className,
  comments = true,
  readOnly = false,
}: CollabEditorProps) {
  const { t } = useI18n()
  const access = useAccess()
  const editable = !readOnly && !access.readOnly
  const field = useMemo(() => (comments ? rootName(fragment) : null), [comments, fragment])
  const commentDoc = field ? fragment.doc : null
  const attributes = useMemo(
    (): Record<string, string> => ({
      class: 'editor__content',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': label,
      // The visible placeholder is decoration; screen readers get it from here.
      'aria-placeholder': placeholder,
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      ...(editable ? {} : { 'aria-readonly': 'true' }),
    }),
    [label, placeholder, describedBy, editable],
  )
  const editor = useEditor(
    {
      extensions: [
        // Collaboration brings its own undo (per person, over Yjs), so the built-in one is off. No trailing
        // paragraph either: it would write to the document merely by opening it (and twice when two open at once).
        StarterKit.configure({ undoRedo: false, trailingNode: false }),
        Collaboration.configure({ fragment }),
        CollaborationCaret.configure({ provider, user: person }),
        CommentHighlights.configure({ doc: commentDoc, field: field ?? '' }),
      ],
      editorProps: { attributes },
      editable,
    },
    // A new editor per fragment; name changes go through `updateUser`, labels through `setOptions`.
    [fragment, provider, commentDoc],
  )

  const commenting = useEditorComments({
    editor,
    doc: commentDoc,
    field: field ?? '',
    awareness: provider.awareness,
    storeKey: provider.roomname ?? field ?? '',
    person,
    canComment: access.canComment,
  })

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.updateUser(person)
  }, [editor, person])

  // The role arrives (or changes) after the editor is built: switch it without rebuilding.
  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable, false)
  }, [editor, editable])

  // A language switch renames the field without rebuilding the editor.
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.setOptions({ editorProps: { attributes } })
  }, [editor, attributes])

  const { chars } = useFragmentText(onCharCount ? fragment : null)
  const report = useRef(onCharCount)
  report.current = onCharCount
  useEffect(() => {
    report.current?.(chars)
  }, [chars])

  const empty = useEditorState({ editor, selector: ({ editor: e }) => e?.isEmpty ?? true })
  const classes = ['editor', `editor--${variant}`, !editable && 'editor--readonly', className].filter(Boolean).join(' ')

  return (
    <div className={classes} data-comment-field={field ?? undefined}>
      {editor && editable && variant === 'full' && (
        <Toolbar editor={editor} variant="full" label={toolbarLabel}>
          {commenting.tool(false)}
          {commentDoc && commenting.button(true)}
        </Toolbar>
      )}
      {(variant !== 'full' || !editable) && commentDoc && <div className="editor__comments">{commenting.button(false)}</div>}
      <div className="editor__frame">
        {/* The placeholder says what to write; a reader learns the field is empty. */}
        {empty && (
          <p className="editor__placeholder" aria-hidden="true">
            {editable ? placeholder : t('access.emptyText')}
          </p>
        )}
        <EditorContent editor={editor} />
      </div>
      {/* Under the text and only while it is being edited: a page of many small fields stays calm. */}
      {editor && editable && variant === 'compact' && (
        <Toolbar editor={editor} variant="compact" label={toolbarLabel}>
          {commenting.tool(true)}
        </Toolbar>
      )}
      {commenting.layer}
    </div>
  )
}
