/** The note's rich text, edited together: Tiptap bound to the note document, with others' carets. */
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { useEffect } from 'react'
import { NOTE_BODY } from '../../../shared/schema/note.js'
import type { MessageKey } from '../i18n/i18n.js'
import { useI18n } from '../i18n/I18nProvider.js'
import type { OpenDoc, Person } from '../sync/docRegistry.js'

export function NoteEditor({ entry, person }: { entry: OpenDoc; person: Person }) {
  const { t } = useI18n()
  const editor = useEditor(
    {
      extensions: [
        // Collaboration brings its own undo (per person, over Yjs), so the built-in one is off.
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ document: entry.doc, field: NOTE_BODY }),
        CollaborationCaret.configure({ provider: entry.provider, user: person }),
      ],
      editorProps: {
        attributes: {
          class: 'editor__content',
          'aria-label': t('note.bodyLabel'),
          'aria-multiline': 'true',
          role: 'textbox',
        },
      },
    },
    // A new editor per document; name changes go through `updateUser` below.
    [entry],
  )

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.updateUser(person)
  }, [editor, person])

  const empty = useEditorState({ editor, selector: ({ editor: e }) => e?.isEmpty ?? true })

  return (
    <div className="editor">
      {editor && <Toolbar editor={editor} />}
      <div className="editor__frame">
        {empty && (
          <p className="editor__placeholder" aria-hidden="true">
            {t('note.placeholder')}
          </p>
        )}
        <EditorContent editor={editor} />
      </div>
    </div>
  )
}

interface Tool {
  label: MessageKey
  run(editor: Editor): void
  active?(editor: Editor): boolean
}

const tools: Tool[] = [
  { label: 'editor.heading', run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive('heading', { level: 2 }) },
  { label: 'editor.bold', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
  { label: 'editor.italic', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
  { label: 'editor.bullets', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
  { label: 'editor.numbers', run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
  { label: 'editor.undo', run: (e) => e.chain().focus().undo().run() },
  { label: 'editor.redo', run: (e) => e.chain().focus().redo().run() },
]

function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useI18n()
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => tools.map((tool) => tool.active?.(e) ?? false),
    equalityFn: (a, b) => b !== null && a.length === b.length && a.every((v, i) => v === b[i]),
  })
  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {tools.map((tool, i) => (
        <button
          key={tool.label}
          type="button"
          className="button button--tool"
          aria-pressed={tool.active ? active[i] : undefined}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => tool.run(editor)}
        >
          {t(tool.label)}
        </button>
      ))}
    </div>
  )
}
