/**
 * REST access to boards, with a copy of the last list in localStorage so the
 * home page and board titles still show without a network.
 */

import type { BoardAccessInfo } from '../../../shared/auth.js'
import type { BoardMeta, PatchBoard } from '../../../shared/schema/meta.js'
import { ApiError, call } from './http.js'

export { ApiError } from './http.js'

/**
 * A board as the API returns it (the type only: the zod schema stays out of the
 * bundle), with the signed-in person's `access`; the cached copy keeps it, so
 * the views know the role offline too.
 */
export type Board = BoardMeta & { access?: BoardAccessInfo }

export { BOARD_DESCRIPTION_MAX, BOARD_PLACE_MAX as BOARD_FIELD_MAX, BOARD_TITLE_MAX } from '../../../shared/limits.js'

/** What a person fills in for a board. */
export interface BoardFields {
  title: string
  settlement: string
  district: string
  description: string
}

const CACHE_KEY = 'impact.boards'

function isBoard(value: unknown): value is Board {
  if (typeof value !== 'object' || value === null) return false
  const b = value as Record<string, unknown>
  return typeof b.id === 'string' && typeof b.title === 'string' && typeof b.createdAt === 'string' && typeof b.updatedAt === 'string'
}

function normalize(value: Board): Board {
  const text = (v: unknown) => (typeof v === 'string' ? v : '')
  return {
    ...value,
    settlement: text(value.settlement),
    district: text(value.district),
    description: text(value.description),
    archived: value.archived === true,
    deleted: value.deleted === true,
  }
}

/** All boards (archived included, deleted ones not), newest change first. Caches the answer. */
export async function fetchBoards(): Promise<Board[]> {
  const body = await call('/api/boards')
  if (!Array.isArray(body)) throw new ApiError('internal', 200, 'unexpected answer')
  const boards = body.filter(isBoard).map(normalize)
  boards.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
  saveCache(boards)
  return boards
}

/** Creates a board and adds it to the cached list. */
export async function createBoard(input: BoardFields): Promise<Board> {
  return remember(await call('/api/boards', { method: 'POST', body: JSON.stringify(input) }), 201)
}

/** Creates the sample module «Палана», filled with initiatives, a canvas, a plan and a consultation. */
export async function createDemoBoard(): Promise<Board> {
  return remember(await call('/api/boards/demo', { method: 'POST' }), 201)
}

/** Changes a board's fields or flags (`deleted: false` undoes a deletion). */
export async function updateBoard(id: string, patch: PatchBoard): Promise<Board> {
  return remember(await call(`/api/boards/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify(patch) }), 200)
}

/** Hides a board (its documents stay, so `updateBoard(id, {deleted: false})` brings it back). */
export async function deleteBoard(id: string): Promise<Board> {
  return remember(await call(`/api/boards/${encodeURIComponent(id)}`, { method: 'DELETE' }), 200)
}

/** Checks an answer is a board and keeps the cached list in step with it (a deleted one leaves it). */
function remember(body: unknown, status: number): Board {
  if (!isBoard(body)) throw new ApiError('internal', status, 'unexpected answer')
  const board = normalize(body)
  const others = cachedBoards().filter((b) => b.id !== board.id)
  saveCache(board.deleted ? others : [board, ...others])
  return board
}

/** One board; null when the server does not know it. */
export async function fetchBoard(id: string): Promise<Board | null> {
  try {
    const body = await call(`/api/boards/${encodeURIComponent(id)}`)
    if (!isBoard(body)) return null
    const board = normalize(body)
    saveCache([board, ...cachedBoards().filter((b) => b.id !== board.id)])
    return board
  } catch (e) {
    if (e instanceof ApiError && e.code === 'not_found') return null
    throw e
  }
}

/** The list as last seen from the server (empty when never loaded). */
export function cachedBoards(): Board[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(CACHE_KEY) ?? '[]')
    return Array.isArray(value) ? value.filter(isBoard).map(normalize) : []
  } catch {
    return []
  }
}

/** Forgets the cached list (signing out: the next person on this device must not see it). */
export function forgetCachedBoards(): void {
  try {
    localStorage.removeItem(CACHE_KEY)
  } catch {
    // Nothing to forget.
  }
}

function saveCache(boards: Board[]): void {
  try {
    localStorage.setItem(CACHE_KEY, JSON.stringify(boards))
  } catch {
    // Storage full or disabled: the list then needs the network.
  }
}
