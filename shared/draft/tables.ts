/**
 * The draft's smaller tables: quantitative results (indicator, value), the
 * team (per person: role, duties, education, experience) and partners
 * (organisation, person, position, kind of contribution, support letter).
 * One of each per draft, whatever the template.
 */
import type * as Y from 'yjs'
import { cleanBlock, cleanText, readString, readStringList } from '../schema/board.js'
import type { Ordered } from '../schema/order.js'
import { DraftKey } from './keys.js'
import { insertRow, moveRow, patchRow, readBool, readNumber, readRows, removeRow, restoreRow, type Cell, type RowSnapshot } from './rows.js'

const LINE = 1000
const BLOCK = 4000

/** Which table a row belongs to. */
export type DraftTable = 'quant' | 'team' | 'partners'
const MAP_NAME: Record<DraftTable, string> = { quant: DraftKey.quant, team: DraftKey.team, partners: DraftKey.partners }
const tableMap = (doc: Y.Doc, table: DraftTable) => doc.getMap<unknown>(MAP_NAME[table])

/** One quantitative result: an indicator and its target value. */
export interface QuantResult extends Ordered {
  readonly indicator: string
  /** The target number, or null when not set yet. */
  readonly value: number | null
}

/** One person of the team. */
export interface TeamMember extends Ordered {
  readonly name: string
  readonly role: string
  readonly duties: string
  /** One entry per line (the ФПГ form takes up to 5). */
  readonly education: string
  /** One entry per line (the ФПГ form takes up to 10). */
  readonly experience: string
}

/** The kinds of contribution the ФПГ form lists for a partner. */
export const CONTRIBUTION_KINDS = ['money', 'information', 'material', 'methodical', 'expert', 'administrative'] as const
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number]

/** One partner. */
export interface Partner extends Ordered {
  readonly name: string
  readonly person: string
  readonly position: string
  readonly contribution: readonly ContributionKind[]
  /** What the partner does, in words. */
  readonly description: string
  /** A support letter is attached. */
  readonly letter: boolean
}

export interface QuantPatch { indicator?: string; value?: number | null }
export interface TeamPatch { name?: string; role?: string; duties?: string; education?: string; experience?: string }
export interface PartnerPatch { name?: string; person?: string; position?: string; contribution?: readonly ContributionKind[]; description?: string; letter?: boolean }
/** Where a new row goes: a fixed id (tests, imports) and its index (the end by default). */
export interface RowPlacement { id?: string; index?: number }

const isKind = (v: string): v is ContributionKind => (CONTRIBUTION_KINDS as readonly string[]).includes(v)
const MULTILINE = new Set(['duties', 'education', 'experience', 'description'])

/** Cleans a patch into cells (undefined = leave as is). */
function cells(patch: QuantPatch | TeamPatch | PartnerPatch): Record<string, Cell | undefined> {
  const out: Record<string, Cell | undefined> = {}
  for (const [name, value] of Object.entries(patch) as Array<[string, unknown]>) {
    if (value === undefined) continue
    if (name === 'value') {
      if (value !== null && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) throw new Error(`invalid value: ${String(value)}`)
      out[name] = value as number | null
    } else if (name === 'contribution' && Array.isArray(value)) {
      out[name] = [...new Set(value.filter((v): v is ContributionKind => typeof v === 'string' && isKind(v)))]
    } else if (name === 'letter') {
      out[name] = value === true
    } else if (typeof value === 'string') {
      out[name] = MULTILINE.has(name) ? cleanBlock(value, BLOCK) : cleanText(value, LINE)
    }
  }
  return out
}

function add(doc: Y.Doc, table: DraftTable, siblings: readonly Ordered[], patch: QuantPatch | TeamPatch | PartnerPatch, at: RowPlacement): string {
  const written = Object.fromEntries(Object.entries(cells(patch)).filter((e): e is [string, Cell] => e[1] !== undefined))
  return insertRow(tableMap(doc, table), siblings, written, at)
}

/** The quantitative results, in order. */
export function listQuantResults(doc: Y.Doc): QuantResult[] {
  return readRows(tableMap(doc, 'quant'), (id, e, key) => ({ id, key, indicator: readString(e, 'indicator'), value: readNumber(e, 'value') }))
}

/** Adds a quantitative result and returns its id. */
export function addQuantResult(doc: Y.Doc, input: QuantPatch, at: RowPlacement = {}): string {
  return add(doc, 'quant', listQuantResults(doc), input, at)
}

/** Changes a quantitative result; false when it is gone. */
export function updateQuantResult(doc: Y.Doc, id: string, patch: QuantPatch): boolean {
  return patchRow(tableMap(doc, 'quant'), id, cells(patch))
}

/** The team, in order. */
export function listTeam(doc: Y.Doc): TeamMember[] {
  return readRows(tableMap(doc, 'team'), (id, e, key) => {
    const s = (k: string) => readString(e, k)
    return { id, key, name: s('name'), role: s('role'), duties: s('duties'), education: s('education'), experience: s('experience') }
  })
}

/** Adds a team member and returns the row id. */
export function addTeamMember(doc: Y.Doc, input: TeamPatch, at: RowPlacement = {}): string {
  return add(doc, 'team', listTeam(doc), input, at)
}

/** Changes a team member; false when the row is gone. */
export function updateTeamMember(doc: Y.Doc, id: string, patch: TeamPatch): boolean {
  return patchRow(tableMap(doc, 'team'), id, cells(patch))
}

/** The partners, in order. */
export function listPartners(doc: Y.Doc): Partner[] {
  return readRows(tableMap(doc, 'partners'), (id, e, key) => {
    const s = (k: string) => readString(e, k)
    const contribution = readStringList(e, 'contribution').filter(isKind)
    return { id, key, name: s('name'), person: s('person'), position: s('position'), contribution, description: s('description'), letter: readBool(e, 'letter') }
  })
}

/** Adds a partner and returns the row id. */
export function addPartner(doc: Y.Doc, input: PartnerPatch, at: RowPlacement = {}): string {
  return add(doc, 'partners', listPartners(doc), input, at)
}

/** Changes a partner; false when the row is gone. */
export function updatePartner(doc: Y.Doc, id: string, patch: PartnerPatch): boolean {
  return patchRow(tableMap(doc, 'partners'), id, cells(patch))
}

const SIBLINGS: Record<DraftTable, (doc: Y.Doc) => Ordered[]> = { quant: listQuantResults, team: listTeam, partners: listPartners }

/** Moves a row to `index` (its index once moved); false when it is gone. */
export function moveTableRow(doc: Y.Doc, table: DraftTable, id: string, index: number): boolean {
  return moveRow(tableMap(doc, table), SIBLINGS[table](doc), id, index)
}

/** Removes a row; returns what `restoreTableRow` needs, or null when it was already gone. */
export function removeTableRow(doc: Y.Doc, table: DraftTable, id: string): RowSnapshot | null {
  return removeRow(tableMap(doc, table), id)
}

/** Puts a removed row back; false when it exists again. */
export function restoreTableRow(doc: Y.Doc, table: DraftTable, snapshot: RowSnapshot): boolean {
  return restoreRow(tableMap(doc, table), snapshot)
}
