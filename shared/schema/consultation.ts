/**
 * Consultations: the notes of the board document (see `board.ts`) with their
 * expert, participants, linked initiative and action items.
 *
 * The consultation fields live in each note's entry of `notes`. Action items
 * live in the board document too, in `actions`: Y.Map id → Y.Map {noteId,
 * text, owner, due, done, key}, so a card can count and tick off its open
 * items without loading any note body. An action belongs to a card through
 * its note's `initiativeId`.
 *
 * An action whose note is gone (deleted while someone added the action) is
 * hidden from every list and count; `deleteConsultation` removes a note and
 * its actions together, and `restoreConsultation` brings both back.
 */
import * as Y from 'yjs'
import { ID_PATTERN, newId } from '../docId.js'
import { assertDate, BOARD_NOTES, cleanList, cleanText, getNote, isIsoDate, listNotes, observeMaps } from './board.js'
import { readString, readStringList, restoreEntry, snapshotEntry } from './board.js'
import type { EntrySnapshot, NoteMeta } from './board.js'
import { keyAtEnd, keyAtStart, keyForIndex, readOrderKey, sortOrdered } from './order.js'

/** Name of the board document's map of action items. */
export const BOARD_ACTIONS = 'actions'

/** Longest kept lengths (characters) and counts; longer input is cut. */
export const CONSULTATION_LIMITS = { expert: 120, participants: 30, participant: 80, action: 500, owner: 80 } as const
const L = CONSULTATION_LIMITS

/** Keys added to a note's entry, and keys of an action's entry: the only place they are spelled. */
const NoteField = { expert: 'expert', participants: 'participants', initiativeId: 'initiativeId' } as const
const ActionField = { noteId: 'noteId', text: 'text', owner: 'owner', due: 'due', done: 'done', key: 'key' } as const

/** A consultation as the views see it: the note plus its consultation fields. */
export interface ConsultationMeta extends NoteMeta {
  readonly expert: string
  readonly participants: readonly string[]
  /** The linked card (initiative), or null. */
  readonly initiativeId: string | null
}

/** Fields `setConsultationFields` may change; absent fields stay as they are. */
export interface ConsultationFields {
  expert?: string
  participants?: readonly string[]
  initiativeId?: string | null
}

/** An action item as the views see it. */
export interface ActionItem {
  readonly id: string
  readonly noteId: string
  readonly text: string
  readonly owner: string
  /** Due day, `YYYY-MM-DD`, or null. */
  readonly due: string | null
  readonly done: boolean
  readonly key: string
}

/** Fields `updateAction` may change; absent fields stay as they are. */
export interface ActionPatch {
  text?: string
  owner?: string
  due?: string | null
  done?: boolean
}

/** Input of `addAction`; `at` defaults to the end of the note's list, `id` to a new random one. */
export interface NewAction extends ActionPatch {
  noteId: string
  text: string
  at?: 'start' | 'end'
  id?: string
}

/** Open and done action items of one card. */
export interface ActionCounts {
  readonly open: number
  readonly done: number
}

/** A deleted action item, for `restoreAction`. */
export type ActionSnapshot = EntrySnapshot

/** A deleted consultation with its action items, for `restoreConsultation`. */
export interface ConsultationSnapshot {
  readonly note: EntrySnapshot
  readonly actions: readonly EntrySnapshot[]
}

type Entry = Y.Map<unknown>
const notesMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_NOTES)
const actionsMap = (doc: Y.Doc) => doc.getMap<unknown>(BOARD_ACTIONS)
const entryIn = (map: Y.Map<unknown>, id: string): Entry | null => {
  const value = map.get(id)
  return value instanceof Y.Map ? (value as Entry) : null
}

function withFields(note: NoteMeta, entry: Entry): ConsultationMeta {
  const initiativeId = readString(entry, NoteField.initiativeId)
  return {
    ...note,
    expert: readString(entry, NoteField.expert),
    participants: readStringList(entry, NoteField.participants),
    initiativeId: ID_PATTERN.test(initiativeId) ? initiativeId : null,
  }
}

/** One consultation, or null when its note does not exist. */
export function getConsultation(doc: Y.Doc, noteId: string): ConsultationMeta | null {
  const note = getNote(doc, noteId)
  const entry = entryIn(notesMap(doc), noteId)
  return note && entry ? withFields(note, entry) : null
}

/** All consultations, newest first (the order of `listNotes`). */
export function listConsultations(doc: Y.Doc): ConsultationMeta[] {
  return listNotes(doc).flatMap((note) => {
    const entry = entryIn(notesMap(doc), note.id)
    return entry ? [withFields(note, entry)] : []
  })
}

/** Sets the given consultation fields of a note; false when the note is gone. */
export function setConsultationFields(doc: Y.Doc, noteId: string, fields: ConsultationFields): boolean {
  if (fields.initiativeId != null && !ID_PATTERN.test(fields.initiativeId)) {
    throw new Error(`invalid initiative id: ${JSON.stringify(fields.initiativeId)}`)
  }
  const entry = entryIn(notesMap(doc), noteId)
  if (!entry) return false
  doc.transact(() => {
    if (fields.expert !== undefined) {
      const expert = cleanText(fields.expert, L.expert)
      if (readString(entry, NoteField.expert) !== expert) entry.set(NoteField.expert, expert)
    }
    if (fields.participants !== undefined) {
      const list = cleanList(fields.participants, L.participants, L.participant)
      if (JSON.stringify(readStringList(entry, NoteField.participants)) !== JSON.stringify(list)) entry.set(NoteField.participants, list)
    }
    if (fields.initiativeId === null) entry.delete(NoteField.initiativeId)
    else if (fields.initiativeId !== undefined && entry.get(NoteField.initiativeId) !== fields.initiativeId) {
      entry.set(NoteField.initiativeId, fields.initiativeId)
    }
  })
  return true
}

function readAction(id: string, value: unknown): ActionItem | null {
  if (!(value instanceof Y.Map) || !ID_PATTERN.test(id)) return null
  const entry = value as Entry
  const due = readString(entry, ActionField.due)
  return {
    id,
    noteId: readString(entry, ActionField.noteId),
    text: readString(entry, ActionField.text),
    owner: readString(entry, ActionField.owner),
    due: isIsoDate(due) ? due : null,
    done: entry.get(ActionField.done) === true,
    key: readOrderKey(entry.get(ActionField.key)),
  }
}

/** Every action item whose note exists: by consultation (newest first), then position. */
export function listActions(doc: Y.Doc): ActionItem[] {
  const rank = new Map(listNotes(doc).map((note, i) => [note.id, i]))
  const out: ActionItem[] = []
  actionsMap(doc).forEach((value, id) => {
    const action = readAction(id, value)
    if (action && rank.has(action.noteId)) out.push(action)
  })
  const sorted = sortOrdered(out)
  return sorted.sort((a, b) => (rank.get(a.noteId) ?? 0) - (rank.get(b.noteId) ?? 0))
}

/** The action items of one consultation, in order. */
export function actionsForNote(doc: Y.Doc, noteId: string): ActionItem[] {
  return listActions(doc).filter((a) => a.noteId === noteId)
}

/** Consultations linked to a card, newest first. */
export function consultationsForInitiative(doc: Y.Doc, cardId: string): ConsultationMeta[] {
  return listConsultations(doc).filter((c) => c.initiativeId === cardId)
}

/** Open (not done) action items of a card's consultations: newest consultation first, then in order. */
export function openActionsForInitiative(doc: Y.Doc, cardId: string): ActionItem[] {
  const notes = new Set(consultationsForInitiative(doc, cardId).map((c) => c.id))
  return listActions(doc).filter((a) => !a.done && notes.has(a.noteId))
}

/** Open and done action counts per card id (cards with none are absent). */
export function actionCountsByInitiative(doc: Y.Doc): Map<string, ActionCounts> {
  const cardOf = new Map(listConsultations(doc).map((c) => [c.id, c.initiativeId]))
  const counts = new Map<string, ActionCounts>()
  for (const action of listActions(doc)) {
    const card = cardOf.get(action.noteId)
    if (!card) continue
    const { open, done } = counts.get(card) ?? { open: 0, done: 0 }
    counts.set(card, action.done ? { open, done: done + 1 } : { open: open + 1, done })
  }
  return counts
}

function writeAction(entry: Entry, patch: ActionPatch): void {
  const set = (key: string, value: string | boolean) => {
    if (entry.get(key) !== value) entry.set(key, value)
  }
  if (patch.text !== undefined) set(ActionField.text, cleanText(patch.text, L.action))
  if (patch.owner !== undefined) set(ActionField.owner, cleanText(patch.owner, L.owner))
  if (patch.done !== undefined) set(ActionField.done, patch.done)
  if (patch.due === null) entry.delete(ActionField.due)
  else if (patch.due !== undefined) set(ActionField.due, patch.due)
}

/** Adds an action item to a consultation and returns its id, or null when the note is gone. */
export function addAction(doc: Y.Doc, input: NewAction): string | null {
  const id = input.id ?? newId()
  if (!ID_PATTERN.test(id)) throw new Error(`invalid action id: ${JSON.stringify(id)}`)
  assertDate(input.due)
  if (!getNote(doc, input.noteId)) return null
  doc.transact(() => {
    if (actionsMap(doc).has(id)) throw new Error(`action exists: ${id}`)
    const items = actionsForNote(doc, input.noteId)
    const entry = actionsMap(doc).set(id, new Y.Map<unknown>())
    entry.set(ActionField.noteId, input.noteId)
    entry.set(ActionField.key, input.at === 'start' ? keyAtStart(items) : keyAtEnd(items))
    writeAction(entry, { owner: '', done: false, ...input })
  })
  return id
}

/** Changes the given fields of an action item; false when it is gone. */
export function updateAction(doc: Y.Doc, id: string, patch: ActionPatch): boolean {
  assertDate(patch.due)
  const entry = entryIn(actionsMap(doc), id)
  if (!entry) return false
  doc.transact(() => writeAction(entry, patch))
  return true
}

/** Flips done/open and returns the new state, or null when the item is gone. */
export function toggleAction(doc: Y.Doc, id: string): boolean | null {
  const action = readAction(id, actionsMap(doc).get(id))
  if (!action) return null
  updateAction(doc, id, { done: !action.done })
  return !action.done
}

/** Moves an action item to `toIndex` of its consultation's list (its index once moved); false when gone. */
export function moveAction(doc: Y.Doc, id: string, toIndex: number): boolean {
  const entry = entryIn(actionsMap(doc), id)
  const action = readAction(id, entry)
  if (!entry || !action) return false
  const key = keyForIndex(actionsForNote(doc, action.noteId), toIndex, id)
  if (key !== action.key) entry.set(ActionField.key, key)
  return true
}

/** Deletes an action item and returns what `restoreAction` needs, or null when it was already gone. */
export function deleteAction(doc: Y.Doc, id: string): ActionSnapshot | null {
  const snapshot = snapshotEntry(actionsMap(doc), id)
  if (snapshot) actionsMap(doc).delete(id)
  return snapshot
}

/** Puts a deleted action item back; false when it exists again or its note is gone. */
export function restoreAction(doc: Y.Doc, snapshot: ActionSnapshot): boolean {
  const noteId = snapshot.fields[ActionField.noteId]
  if (typeof noteId !== 'string' || !getNote(doc, noteId)) return false
  return restoreEntry(actionsMap(doc), snapshot)
}

/** Deletes a consultation's note entry and its action items in one transaction; null when the note was gone. */
export function deleteConsultation(doc: Y.Doc, noteId: string): ConsultationSnapshot | null {
  const note = snapshotEntry(notesMap(doc), noteId)
  if (!note) return null
  const actions: EntrySnapshot[] = []
  doc.transact(() => {
    actionsMap(doc).forEach((value, id) => {
      if (value instanceof Y.Map && value.get(ActionField.noteId) === noteId) {
        const snapshot = snapshotEntry(actionsMap(doc), id)
        if (snapshot) actions.push(snapshot)
      }
    })
    for (const action of actions) actionsMap(doc).delete(action.id)
    notesMap(doc).delete(noteId)
  })
  return { note, actions }
}

/** Puts a deleted consultation and its action items back; false when its note exists again. */
export function restoreConsultation(doc: Y.Doc, snapshot: ConsultationSnapshot): boolean {
  let done = false
  doc.transact(() => {
    done = restoreEntry(notesMap(doc), snapshot.note)
    if (done) for (const action of snapshot.actions) restoreEntry(actionsMap(doc), action)
  })
  return done
}

/** Calls `cb` with all consultations after every change to the notes. Returns the unsubscribe function. */
export function observeConsultations(doc: Y.Doc, cb: (consultations: ConsultationMeta[]) => void): () => void {
  return observeMaps([notesMap(doc)], () => cb(listConsultations(doc)))
}

/** Calls `cb` with `listActions` after every change to actions or notes. Returns the unsubscribe function. */
export function observeActions(doc: Y.Doc, cb: (actions: ActionItem[]) => void): () => void {
  return observeMaps([notesMap(doc), actionsMap(doc)], () => cb(listActions(doc)))
}
