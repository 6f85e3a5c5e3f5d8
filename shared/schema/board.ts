/**
 * The board document (`board:<id>`): typed accessors over its Yjs types, so
 * views and server code never touch raw keys.
 *
 * Consultation notes live in the `notes` Y.Map, keyed by note id; each value
 * is a Y.Map with `title`, `createdAt` (ISO timestamp), `createdBy` (display
 * name) and an optional `date` (consultation day, `YYYY-MM-DD`). The rich text
 * of a note is its own document, `note:<id>` (see `note.ts`), so opening a
 * board never downloads every note body.
 *
 * Deletion is real removal of the note's entry from the map, not a `deleted`
 * flag: a tombstone flag would have to be filtered by every reader forever and
 * keeps the metadata alive. When a rename and a delete of the same note happen
 * concurrently, the delete wins on every replica (the rename lands in a map
 * that is no longer reachable). The note's own document is left in storage, so
 * a later "restore from history" can bring the entry back.
 */
import * as Y from 'yjs'
import { ID_PATTERN, newId } from '../docId.js'

/** Name of the board document's map of consultation notes. */
export const BOARD_NOTES = 'notes'

/** Longest note title kept; longer input is cut. */
export const NOTE_TITLE_MAX = 200

/** Longest display name kept in `createdBy`. */
export const NOTE_AUTHOR_MAX = 80

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** Keys of a note's entry: the only place they are spelled. */
const Field = {
  title: 'title',
  createdAt: 'createdAt',
  createdBy: 'createdBy',
  date: 'date',
} as const

/** A note as the views see it (a plain, immutable snapshot). */
export interface NoteMeta {
  id: string
  title: string
  /** ISO timestamp of creation. */
  createdAt: string
  /** Display name of whoever created it. */
  createdBy: string
  /** Consultation day, `YYYY-MM-DD`, or null when not set. */
  date: string | null
}

export interface NewNote {
  title: string
  createdBy: string
  date?: string | null
  /** Fixed id (tests, imports); a new random one by default. */
  id?: string
  /** Creation time; now by default. */
  now?: Date
}

type NoteEntry = Y.Map<unknown>

function notesMap(doc: Y.Doc): Y.Map<NoteEntry> {
  return doc.getMap<NoteEntry>(BOARD_NOTES)
}

/** Trims, collapses inner whitespace and cuts to `max` characters. */
export function cleanText(value: string, max: number): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, max)
}

/** True for a `YYYY-MM-DD` string that is a real calendar day. */
export function isIsoDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/** Throws `invalid date` unless `value` is null/undefined or a real `YYYY-MM-DD` day. */
export function assertDate(value: string | null | undefined): void {
  if (value != null && !isIsoDate(value)) throw new Error(`invalid date: ${JSON.stringify(value)}`)
}

/** A multi-line plain text: line ends normalised, trimmed, cut to `max` characters. */
export function cleanBlock(value: string, max: number): string {
  return value.replace(/\r\n?/g, '\n').trim().slice(0, max)
}

/** A string field of an entry, or '' when missing or not a string (a peer may have written anything). */
export function readString(entry: Y.Map<unknown>, key: string): string {
  const v = entry.get(key)
  return typeof v === 'string' ? v : ''
}

/** A string-list field of an entry (stored as one JSON array value); non-strings are dropped. */
export function readStringList(entry: Y.Map<unknown>, key: string): string[] {
  const v = entry.get(key)
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

/** Cleans each item with `cleanText`, drops empties and repeats, keeps at most `maxItems`. */
export function cleanList(values: readonly string[], maxItems: number, maxLength: number): string[] {
  const out: string[] = []
  for (const value of values) {
    const clean = cleanText(value, maxLength)
    if (clean !== '' && !out.includes(clean)) out.push(clean)
    if (out.length === maxItems) break
  }
  return out
}

/** A removed entry's plain contents, enough to put it back (undo). Opaque to views. */
export interface EntrySnapshot {
  readonly id: string
  readonly fields: Readonly<Record<string, unknown>>
}

/** Copies an entry of `map` into a plain snapshot, or null when it is not there. */
export function snapshotEntry(map: Y.Map<unknown>, id: string): EntrySnapshot | null {
  const value = map.get(id)
  if (!(value instanceof Y.Map)) return null
  return { id, fields: structuredClone(value.toJSON()) as Record<string, unknown> }
}

/**
 * Puts a snapshot back as a fresh entry under its old id, in one write; false
 * when an entry with that id exists again (someone else restored it).
 */
export function restoreEntry(map: Y.Map<unknown>, snapshot: EntrySnapshot): boolean {
  if (map.has(snapshot.id) || !ID_PATTERN.test(snapshot.id)) return false
  const entry = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(snapshot.fields)) entry.set(key, structuredClone(value))
  map.set(snapshot.id, entry)
  return true
}

/**
 * Calls `cb` once per transaction that changes any of `maps` (including inside
 * their entries), after the change is complete. Returns the unsubscribe function.
 */
export function observeMaps(maps: ReadonlyArray<Y.Map<unknown>>, cb: () => void): () => void {
  let last: Y.Transaction | null = null
  const handler = (_events: unknown, tr: Y.Transaction) => {
    if (tr === last) return
    last = tr
    cb()
  }
  for (const map of maps) map.observeDeep(handler)
  return () => {
    for (const map of maps) map.unobserveDeep(handler)
  }
}

const str = readString

/** Reads one entry defensively: a peer may have written anything. */
function readNote(id: string, value: unknown): NoteMeta | null {
  if (!(value instanceof Y.Map) || !ID_PATTERN.test(id)) return null
  const entry = value as NoteEntry
  const date = str(entry, Field.date)
  return {
    id,
    title: str(entry, Field.title),
    createdAt: str(entry, Field.createdAt),
    createdBy: str(entry, Field.createdBy),
    date: isIsoDate(date) ? date : null,
  }
}

/** Newest consultation first: by date (or creation day when undated), then creation time, then id. */
export function compareNotes(a: NoteMeta, b: NoteMeta): number {
  const dayA = a.date ?? a.createdAt.slice(0, 10)
  const dayB = b.date ?? b.createdAt.slice(0, 10)
  if (dayA !== dayB) return dayA < dayB ? 1 : -1
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** All notes of the board, newest consultation first. */
export function listNotes(doc: Y.Doc): NoteMeta[] {
  const out: NoteMeta[] = []
  notesMap(doc).forEach((value, id) => {
    const note = readNote(id, value)
    if (note) out.push(note)
  })
  return out.sort(compareNotes)
}

/** One note, or null when it does not exist (never created, or deleted). */
export function getNote(doc: Y.Doc, id: string): NoteMeta | null {
  return readNote(id, notesMap(doc).get(id))
}

/** Adds a note and returns its id. */
export function addNote(doc: Y.Doc, input: NewNote): string {
  const id = input.id ?? newId()
  if (!ID_PATTERN.test(id)) throw new Error(`invalid note id: ${JSON.stringify(id)}`)
  const date = input.date ?? null
  if (date !== null && !isIsoDate(date)) throw new Error(`invalid date: ${JSON.stringify(date)}`)
  const entry: NoteEntry = new Y.Map<unknown>()
  doc.transact(() => {
    entry.set(Field.title, cleanText(input.title, NOTE_TITLE_MAX))
    entry.set(Field.createdAt, (input.now ?? new Date()).toISOString())
    entry.set(Field.createdBy, cleanText(input.createdBy, NOTE_AUTHOR_MAX))
    if (date !== null) entry.set(Field.date, date)
    notesMap(doc).set(id, entry)
  })
  return id
}

function entryOf(doc: Y.Doc, id: string): NoteEntry | null {
  const value = notesMap(doc).get(id)
  return value instanceof Y.Map ? value : null
}

/** Renames a note; false when it no longer exists. */
export function renameNote(doc: Y.Doc, id: string, title: string): boolean {
  const entry = entryOf(doc, id)
  if (!entry) return false
  const clean = cleanText(title, NOTE_TITLE_MAX)
  if (str(entry, Field.title) !== clean) entry.set(Field.title, clean)
  return true
}

/** Sets or clears (null) the consultation day; false when the note no longer exists. */
export function setNoteDate(doc: Y.Doc, id: string, date: string | null): boolean {
  if (date !== null && !isIsoDate(date)) throw new Error(`invalid date: ${JSON.stringify(date)}`)
  const entry = entryOf(doc, id)
  if (!entry) return false
  if (date === null) {
    if (entry.has(Field.date)) entry.delete(Field.date)
  } else if (entry.get(Field.date) !== date) {
    entry.set(Field.date, date)
  }
  return true
}

/** Removes a note from the board; false when it was already gone. */
export function deleteNote(doc: Y.Doc, id: string): boolean {
  const notes = notesMap(doc)
  if (!notes.has(id)) return false
  notes.delete(id)
  return true
}

/**
 * Calls `cb` with the current list after every change to the notes (local or
 * remote, including renames inside an entry). Returns the unsubscribe function.
 */
export function observeNotes(doc: Y.Doc, cb: (notes: NoteMeta[]) => void): () => void {
  const notes = notesMap(doc)
  const handler = () => cb(listNotes(doc))
  notes.observeDeep(handler)
  return () => notes.unobserveDeep(handler)
}
