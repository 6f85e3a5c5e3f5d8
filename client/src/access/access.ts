/**
 * What the signed-in person may do on one board, as the views need it. Pure:
 * built from the board's `access` (the server's answer, or the copy kept on
 * this device), with the one permission matrix from shared/roles.ts.
 */
import type { BoardAccessInfo } from '../../../shared/auth.js'
import { can as roleCan, type BoardAction, type BoardRole } from '../../../shared/roles.js'

export interface BoardAccess {
  /** The role on this board; null while unknown (or when the person is not a member). */
  role: BoardRole | null
  /** True once the server (or this device's copy of its answer) told the role. */
  known: boolean
  can(action: BoardAction): boolean
  /** Nothing to type, drag or add: `!can('edit')`, and true while the role is not known yet. */
  readOnly: boolean
  /** May write comments, reply and resolve threads (a viewer only when the curator allows it). */
  canComment: boolean
}

/**
 * The access a board's `access` field grants. Without it (first load, nothing
 * cached) the view is read-only: better a moment of read-only than someone
 * typing into a document the server will refuse.
 */
export function accessFrom(info: BoardAccessInfo | null | undefined): BoardAccess {
  const role = info?.role ?? null
  const options = { viewerMayComment: info?.viewerMayComment === true }
  const can = (action: BoardAction) => roleCan(role, action, options)
  return { role, known: info != null, can, readOnly: !can('edit'), canComment: can('comment') }
}

/** The unknown access: read-only until the role is known. */
export const UNKNOWN: BoardAccess = accessFrom(null)
