/**
 * The draft's own settings in the initiative document: which template it is
 * laid out in, the applying organisation, the project period — and the board
 * the initiative's card is on, so the server can find the card (its title,
 * for the export) without searching every board.
 */
import type * as Y from 'yjs'
import { cleanText, isIsoDate } from '../schema/board.js'
import { DraftKey, MetaField } from './keys.js'

/** Longest organisation name kept. */
export const ORGANISATION_MAX = 300

const metaMap = (doc: Y.Doc) => doc.getMap<unknown>(DraftKey.meta)
const readStr = (map: Y.Map<unknown>, key: string) => {
  const v = map.get(key)
  return typeof v === 'string' ? v : ''
}

/** The draft's template id, or null when no draft has been made. */
export function draftTemplateId(doc: Y.Doc): string | null {
  const id = readStr(metaMap(doc), MetaField.templateId)
  return id === '' ? null : id
}

/** Records the template the draft is laid out in (use `createDraft` / `switchTemplate`, which also move the text). */
export function setDraftTemplateId(doc: Y.Doc, templateId: string): void {
  if (metaMap(doc).get(MetaField.templateId) !== templateId) metaMap(doc).set(MetaField.templateId, templateId)
}

/** True once a draft has been made from the canvas. */
export function hasDraft(doc: Y.Doc): boolean {
  return draftTemplateId(doc) !== null
}

/** The applying organisation as typed on the draft ('' when not set). */
export function draftOrganisation(doc: Y.Doc): string {
  return readStr(metaMap(doc), MetaField.organisation)
}

/** Sets the applying organisation (for the title page). */
export function setDraftOrganisation(doc: Y.Doc, name: string): void {
  const clean = cleanText(name, ORGANISATION_MAX)
  if (readStr(metaMap(doc), MetaField.organisation) !== clean) metaMap(doc).set(MetaField.organisation, clean)
}

/** The project's first and last day (`YYYY-MM-DD`) as set on the draft; null where not set. */
export interface ProjectPeriod {
  readonly start: string | null
  readonly end: string | null
}

/** The period set on the draft (fields 5–6 of the ФПГ form). */
export function draftPeriod(doc: Y.Doc): ProjectPeriod {
  const start = readStr(metaMap(doc), MetaField.projectStart)
  const end = readStr(metaMap(doc), MetaField.projectEnd)
  return { start: isIsoDate(start) ? start : null, end: isIsoDate(end) ? end : null }
}

/** Sets (or clears, with null) the project's first and last day; throws on a bad date or an end before the start. */
export function setDraftPeriod(doc: Y.Doc, period: ProjectPeriod): void {
  for (const day of [period.start, period.end]) {
    if (day !== null && !isIsoDate(day)) throw new Error(`invalid date: ${JSON.stringify(day)}`)
  }
  if (period.start !== null && period.end !== null && period.end < period.start) throw new Error('the project ends before it starts')
  doc.transact(() => {
    for (const [key, value] of [[MetaField.projectStart, period.start], [MetaField.projectEnd, period.end]] as const) {
      if (value === null) {
        if (metaMap(doc).has(key)) metaMap(doc).delete(key)
      } else if (metaMap(doc).get(key) !== value) metaMap(doc).set(key, value)
    }
  })
}
