/** The note's title as a heading that is also a field; sent on Enter or when leaving it, Escape puts it back. */
import { useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { getNote, NOTE_TITLE_MAX, renameNote, type NoteMeta } from '../../../../shared/schema/board.js'
import { useI18n } from '../../i18n/I18nProvider.js'

export function NoteTitle({ note, doc }: { note: NoteMeta; doc: Y.Doc }) {
  const { t } = useI18n()
  const [draft, setDraft] = useState(note.title)
  const [editing, setEditing] = useState(false)
  const cancelled = useRef(false)
  const area = useRef<HTMLTextAreaElement | null>(null)

  // A long title wraps instead of being cut (Russian titles run long on a phone).
  const fit = (el: HTMLTextAreaElement | null) => {
    if (!el) return
    el.style.height = 'auto'
    el.style.height = `${el.scrollHeight}px`
  }
  useEffect(() => fit(area.current), [draft])

  // Someone else renamed it while I was not typing: show theirs.
  useEffect(() => {
    if (!editing) setDraft(note.title)
  }, [note.title, editing])

  const commit = () => {
    setEditing(false)
    if (cancelled.current) {
      cancelled.current = false
      setDraft(note.title)
      return
    }
    if (draft.trim() && getNote(doc, note.id)) renameNote(doc, note.id, draft)
    else setDraft(note.title)
  }

  return (
    <h1 className="note-head__title">
      <label>
        <span className="sr-only">{t('note.titleLabel')}</span>
        <textarea
          ref={(el) => {
            area.current = el
            fit(el)
          }}
          className="title-input"
          rows={1}
          value={draft}
          maxLength={NOTE_TITLE_MAX}
          placeholder={t('notes.untitled')}
          onFocus={() => setEditing(true)}
          onChange={(e) => {
            setDraft(e.target.value.replace(/\n/g, ' '))
            fit(e.target)
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              // A title is one line: Enter saves it.
              e.preventDefault()
              e.currentTarget.blur()
            }
            if (e.key === 'Escape') {
              cancelled.current = true
              e.currentTarget.blur()
            }
          }}
        />
      </label>
    </h1>
  )
}
