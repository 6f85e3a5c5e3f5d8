/**
 * Who may open `/sync/<docId>`, decided before any document is loaded: the
 * upgrade's Origin must be this server's own (cross-site websocket hijacking),
 * the request must carry a live session cookie or API token (401 otherwise),
 * and the person must have a role on the document's board (403 otherwise).
 * Connections are re-checked while they live, so a removed member, a disabled
 * account or an ended session loses its connections within seconds.
 */
import type { IncomingMessage } from 'node:http'
import type { DocId } from '../../shared/docId.js'
import { can } from '../../shared/roles.js'
import type { BoardAccess } from '../auth/access.js'
import type { AuthStore, StoredUser } from '../auth/authStore.js'
import { docAccess } from '../auth/docAccess.js'
import type { BoardIndex } from '../docs/boardIndex.js'
import { requestSecret, userFor, type Credential } from '../auth/credentials.js'
import type { MetaStore } from '../storage/types.js'

/** What a connection may send: every update, updates to comments only, or nothing (read only). */
export type SyncPermission = 'edit' | 'comment' | 'read'

export function syncPermission(access: BoardAccess): SyncPermission {
  const options = { viewerMayComment: access.viewerMayComment }
  if (can(access.role, 'edit', options)) return 'edit'
  return can(access.role, 'comment', options) ? 'comment' : 'read'
}


/** The signed-in person behind a connection, and what they may do. */
export interface Principal {
  readonly user: StoredUser
  readonly credential: Credential
  /** Null for a document no board lists yet (workspace curators only). */
  readonly boardId: string | null
  readonly role: NonNullable<BoardAccess['role']>
  readonly permission: SyncPermission
}

export type Verdict = { ok: true; principal: Principal } | { ok: false; status: 401 | 403; message: string }

export interface GateOptions {
  /** Origins besides the server's own that may open websockets (e.g. a dev server on another port). */
  allowedOrigins: readonly string[]
}

export class SyncGate {
  constructor(
    private readonly auth: AuthStore,
    private readonly boards: BoardIndex,
    private readonly meta: MetaStore,
    private readonly options: GateOptions,
  ) {}

  async admit(req: IncomingMessage, docId: DocId): Promise<Verdict> {
    if (!this.originAllowed(req)) return { ok: false, status: 403, message: 'cross-site websocket refused' }
    const credential = syncCredential(req)
    const user = await userFor(this.auth, credential)
    if (!user || !credential) return { ok: false, status: 401, message: 'sign in first' }
    const principal = await this.resolve(user, credential, docId)
    return principal ? { ok: true, principal } : { ok: false, status: 403, message: 'you have no access to this board' }
  }

  /**
   * The principal as it stands now: null when the session or token ended, the
   * account was disabled or the person lost the board; otherwise with their
   * current role (a curator may have changed it).
   */
  async recheck(principal: Principal, docId: DocId): Promise<{ principal: Principal | null; signedOut: boolean }> {
    const user = await userFor(this.auth, principal.credential)
    if (!user) return { principal: null, signedOut: true }
    return { principal: await this.resolve(user, principal.credential, docId), signedOut: false }
  }

  private async resolve(user: StoredUser, credential: Credential, docId: DocId): Promise<Principal | null> {
    const access = await docAccess(this.auth, this.boards, this.meta, user, docId)
    if (!access || access.role === null || !can(access.role, 'read')) return null
    return { user, credential, boardId: access.boardId, role: access.role, permission: syncPermission(access) }
  }

  /** Browsers always send Origin on a websocket; tools and servers do not, and carry no ambient cookie to abuse. */
  private originAllowed(req: IncomingMessage): boolean {
    const origin = req.headers.origin
    if (origin === undefined) return true
    if (this.options.allowedOrigins.includes(origin)) return true
    try {
      return new URL(origin).host === req.headers.host
    } catch {
      return false
    }
  }
}

/** The session cookie, a bearer header, or `?token=` (browsers cannot set headers on a websocket). */
function syncCredential(req: IncomingMessage): Credential | null {
  const found = requestSecret(req)
  if (found) return found
  const query = (req.url ?? '').split('?')[1]
  const token = query ? new URLSearchParams(query).get('token') : null
  return token ? { kind: 'token', secret: token } : null
}
