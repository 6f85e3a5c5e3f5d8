/** The note's rich text, edited together: the shared collaborative editor over the note document's body. */
import { noteBody } from '../../../shared/schema/note.js'
import { CollabEditor } from '../editor/CollabEditor.js'
import { useI18n } from '../i18n/I18nProvider.js'
import type { OpenDoc, Person } from '../sync/docRegistry.js'

export function NoteEditor({ entry, person }: { entry: OpenDoc; person: Person }) {
  const { t } = useI18n()
  return (
    <CollabEditor
      fragment={noteBody(entry.doc)}
      provider={entry.provider}
      person={person}
      variant="full"
      label={t('note.bodyLabel')}
      placeholder={t('note.placeholder')}
    />
  )
}
