/** English. Every Russian key must be here (the type checks it). */
import { accessEn } from './areas/access.js'
import { authEn } from './areas/auth.js'
import { commentsEn } from './areas/comments.js'
import { consultationsEn } from './areas/consultations.js'
import { draftTablesEn } from './areas/draftTables.js'
import { draftEn } from './areas/draft.js'
import { followEn } from './areas/follow.js'
import { historyEn } from './areas/history.js'
import { initiativeEn } from './areas/initiative.js'
import { kanbanEn } from './areas/kanban.js'
import { membersEn } from './areas/members.js'
import { planEn } from './areas/plan.js'
import { syncEn } from './areas/sync.js'
import { templatesEn } from './areas/templates.js'
import type { Catalog } from './i18n.js'

export const en: Catalog = {
  ...accessEn,
  ...authEn,
  ...membersEn,
  ...commentsEn,
  ...kanbanEn,
  ...planEn,
  ...syncEn,
  ...consultationsEn,
  ...initiativeEn,
  ...draftTablesEn,
  ...templatesEn,
  ...draftEn,
  ...historyEn,
  ...followEn,

  'board.tabs': 'Board sections',
  'board.tab.initiatives': 'Initiatives',
  'board.tab.plan': 'Module plan',
  'board.tab.consultations': 'Consultations',

  'app.name': 'Impact Board',

  'lang.switchTo': 'Русский',

  'nav.label': 'Navigation',
  'nav.skip': 'Skip to content',
  'nav.allBoards': 'All boards',

  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.retry': 'Retry',
  'common.undo': 'Undo',
  'common.undoClose': 'Hide message',
  'common.loading': 'Loading…',

  'home.title': 'Boards',
  'home.count': { one: '{count} board', other: '{count} boards' },
  'home.new': 'New board',
  'home.updated': 'changed {date}',
  'home.cached': 'The server cannot be reached — showing the list saved on this device.',
  'home.failed': 'Could not load the boards: the server cannot be reached. We will try again when the network is back.',
  'home.emptyTitle': 'No boards yet',
  'home.emptyWhat':
    'A board is the shared workspace of one studio module (a settlement such as Palana or Kozyrevsk) or of a separate task. On it the team keeps initiatives from idea to application, the module plan and consultation notes with action items: who does what by when.',
  'home.emptyOffline': 'Everything you write is saved on this device at once and reaches your colleagues whenever there is a connection.',
  'home.createFirst': 'Create the first board',
  'home.formTitle': 'New board',
  'home.fieldTitle': 'Title',
  'home.fieldTitlePlaceholder': 'e.g. Palana — module 2025',
  'home.fieldSettlement': 'Settlement (optional)',
  'home.fieldSettlementPlaceholder': 'e.g. Palana',
  'home.fieldDistrict': 'District (optional)',
  'home.fieldDistrictPlaceholder': 'e.g. Koryak Okrug',
  'home.fieldDescription': 'About the board (optional)',
  'home.fieldDescriptionPlaceholder': 'e.g. the studio module in the settlement — residents’ initiatives, meeting plan, expert consultations',
  'home.editTitle': 'Edit the board “{title}”',
  'home.edit': 'Edit',
  'home.editNamed': 'Edit the board “{title}”',
  'home.saving': 'Saving…',
  'home.archive': 'Archive',
  'home.archiveNamed': 'Archive the board “{title}”',
  'home.archived': 'Board “{title}” archived',
  'home.unarchive': 'Restore',
  'home.unarchiveNamed': 'Restore the board “{title}” from the archive',
  'home.delete': 'Delete',
  'home.deleteNamed': 'Delete the board “{title}”',
  'home.deleted': 'Board “{title}” deleted',
  'home.archiveSummary': { one: 'Archive: {count} board', other: 'Archive: {count} boards' },
  'home.archiveHint': 'Archived boards stay out of the main list, but open and can be edited as usual.',
  'home.search': 'Find a board',
  'home.searchPlaceholder': 'Title or settlement',
  'home.noMatch': 'Nothing found for “{query}”. Check the spelling, or search by the settlement’s name.',
  'home.clearSearch': 'Show all boards',
  'home.demo': 'See an example: the “Palana” module',
  'home.demoQuiet': 'Open a filled example board: the “Palana” module',
  'home.demoWhat': 'The example is a ready board: initiatives at different stages, a filled canvas, a module plan and a consultation with action items. You can change it and delete it like any board.',
  'home.demoCreating': 'Preparing the example…',
  'home.titleRequired': 'Type a title for the board.',
  'home.create': 'Create board',
  'home.creating': 'Creating…',

  'board.untitled': 'Board',
  'board.loading': 'Loading notes…',
  'board.unknown': 'The server does not know this board. Check the link — or the board has not reached the server yet.',

  'notes.title': 'Consultations',
  'notes.count': { one: '{count} note', other: '{count} notes' },
  'notes.newLabel': 'New note — consultation topic',
  'notes.newPlaceholder': 'e.g. budget with the expert',
  'notes.add': 'Add note',
  'notes.titleRequired': 'Type the consultation topic.',
  'notes.untitled': 'Untitled',
  'notes.noDate': 'no date',
  'notes.rename': 'Rename',
  'notes.renameNamed': 'Rename “{title}”',
  'notes.renameLabel': 'New note title',
  'notes.delete': 'Delete',
  'notes.deleteNamed': 'Delete “{title}”',
  'notes.emptyTitle': 'No notes yet',
  'notes.emptyWhat': 'Notes of online consultations go here: participants, the expert, decisions and action items with due dates. Several people can write at the same time.',
  'notes.emptyHow': 'Type the consultation topic above and press “Add note”.',

  'note.titleLabel': 'Note title',
  'note.date': 'Consultation date',
  'note.createdBy': 'Created by {name}, {date}',
  'note.someone': 'a participant',
  'note.bodyLabel': 'Note text',
  'note.placeholder': 'Who took part, what was discussed and decided, who does what by when…',
  'note.loadingEditor': 'Opening the editor…',
  'note.loadingText': 'Loading the note…',
  'note.autosave': 'Changes save themselves: on this device at once, and on the server whenever there is a connection.',
  'note.missingTitle': 'Note not found',
  'note.missingText': 'It may have been deleted, or the link is incomplete.',
  'note.backToBoard': 'Back to the board',

  'editor.toolbar': 'Text formatting',
  'editor.heading': 'Heading',
  'editor.bold': 'Bold',
  'editor.italic': 'Italic',
  'editor.bullets': 'Bullets',
  'editor.numbers': 'Numbering',
  'editor.undo': 'Undo',
  'editor.redo': 'Redo',

  'presence.count': { one: '{count} person here', other: '{count} people here' },
  'presence.label': { one: '{count} person here now: {names}', other: '{count} people here now: {names}' },
  'presence.you': '{name} (you)',

  'error.network': 'The server cannot be reached. Try again when the network is back.',
  'error.badRequest': 'Check the fields: something is not filled in right.',
  'error.tooLarge': 'The text is too long.',
  'error.notFound': 'Not found.',
  'error.internal': 'Something went wrong on the server. Please try again.',

  'notFound.title': 'No such page',
  'notFound.text': 'Check the link or open the list of boards.',
}
