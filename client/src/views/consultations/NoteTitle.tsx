/** The note's title as a heading that is also a field; sent on Enter or when leaving it, Escape puts it back. */
import type * as Y from 'yjs'
import { getNote, NOTE_TITLE_MAX, renameNote, type NoteMeta } from '../../../../shared/schema/board.js'
import { TitleHeading } from '../../components/TitleHeading.js'
import { useI18n } from '../../i18n/I18nProvider.js'

export function NoteTitle({ note, doc }: { note: NoteMeta; doc: Y.Doc }) {
  const { t } = useI18n()
  return (
    <TitleHeading
      className="note-head__title"
      value={note.title}
      label={t('note.titleLabel')}
      placeholder={t('notes.untitled')}
      maxLength={NOTE_TITLE_MAX}
      onSave={(title) => getNote(doc, note.id) !== null && renameNote(doc, note.id, title) !== false}
    />
  )
}
