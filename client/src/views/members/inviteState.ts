/** An invite link's state and the form that makes one (pure, so the rules are tested). */
import type { PublicInvite } from '../../../../shared/auth.js'
import type { MessageKey } from '../../i18n/i18n.js'

export type InviteState = 'active' | 'revoked' | 'expired' | 'usedUp'

/** Revoked wins over expired, expired over used up (what the person did last is what they remember). */
export function inviteState(invite: Pick<PublicInvite, 'revoked' | 'expiresAt' | 'uses' | 'maxUses'>, now: number): InviteState {
  if (invite.revoked) return 'revoked'
  const ends = Date.parse(invite.expiresAt)
  if (Number.isFinite(ends) && ends <= now) return 'expired'
  if (invite.uses >= invite.maxUses) return 'usedUp'
  return 'active'
}

export const inviteStateKey = (state: InviteState): MessageKey => `members.invites.state.${state}`

/** Working links first (newest first), then the rest (newest first). */
export function sortInvites<T extends Pick<PublicInvite, 'revoked' | 'expiresAt' | 'uses' | 'maxUses' | 'createdAt'>>(invites: readonly T[], now: number): T[] {
  return [...invites].sort((a, b) => {
    const active = Number(inviteState(b, now) === 'active') - Number(inviteState(a, now) === 'active')
    return active || (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)
  })
}

/** A whole number typed into a field, within `[min, max]`; null otherwise. */
export function wholeIn(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null
  const n = Number(text.trim())
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : null
}

/** The full address of a link the server gave as a path. */
export function inviteUrl(origin: string, path: string): string {
  return `${origin.replace(/\/+$/, '')}${path}`
}
