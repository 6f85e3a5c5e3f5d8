/** Invite links' states, the invite form's numbers and who may change a board from home. */
import { describe, expect, it } from 'vitest'
import { mayManage } from '../../client/src/views/home/boardAccess.js'
import { inviteState, inviteUrl, sortInvites, wholeIn } from '../../client/src/views/members/inviteState.js'
import { memberErrorKey } from '../../client/src/views/members/memberErrors.js'

const NOW = Date.parse('2026-11-27T10:00:00Z')
const link = (over: Partial<{ revoked: boolean; expiresAt: string; uses: number; maxUses: number; createdAt: string }> = {}) => ({
  revoked: false,
  expiresAt: '2026-12-04T10:00:00Z',
  uses: 3,
  maxUses: 10,
  createdAt: '2026-11-27T09:00:00Z',
  ...over,
})

describe('invite link state', () => {
  it('active, revoked, expired, used up — revoked first, then expired', () => {
    expect(inviteState(link(), NOW)).toBe('active')
    expect(inviteState(link({ revoked: true, expiresAt: '2026-01-01T00:00:00Z' }), NOW)).toBe('revoked')
    expect(inviteState(link({ expiresAt: '2026-11-27T10:00:00Z' }), NOW)).toBe('expired')
    expect(inviteState(link({ uses: 10 }), NOW)).toBe('usedUp')
    expect(inviteState(link({ uses: 10, expiresAt: '2026-11-01T00:00:00Z' }), NOW)).toBe('expired')
  })

  it('lists working links first, newest first', () => {
    const a = link({ createdAt: '2026-11-20T00:00:00Z' })
    const b = link({ createdAt: '2026-11-26T00:00:00Z', revoked: true })
    const c = link({ createdAt: '2026-11-25T00:00:00Z' })
    expect(sortInvites([a, b, c], NOW)).toEqual([c, a, b])
  })
})

describe('the invite form', () => {
  it('accepts whole numbers in range only', () => {
    expect(wholeIn('7', 1, 90)).toBe(7)
    expect(wholeIn(' 90 ', 1, 90)).toBe(90)
    for (const bad of ['0', '91', '1.5', '-1', '', 'abc', '1e2']) expect(wholeIn(bad, 1, 90)).toBeNull()
  })

  it('makes the full address from the path', () => {
    expect(inviteUrl('https://board.example/', '/invite/abc')).toBe('https://board.example/invite/abc')
  })

  it('explains failures', () => {
    expect(memberErrorKey({ code: 'network', status: 0 })).toBe('members.error.network')
    expect(memberErrorKey({ code: 'forbidden', status: 403 })).toBe('members.error.forbidden')
    expect(memberErrorKey({ code: 'internal', status: 500 })).toBe('members.error.other')
    expect(memberErrorKey(null)).toBe('members.error.other')
  })
})

describe('who changes a board from home', () => {
  it('its curator; a cached board without access falls back on the workspace role', () => {
    expect(mayManage({ access: { role: 'curator', viewerMayComment: false } }, false)).toBe(true)
    expect(mayManage({ access: { role: 'ambassador', viewerMayComment: false } }, true)).toBe(false)
    expect(mayManage({ access: { role: 'viewer', viewerMayComment: true } }, false)).toBe(false)
    expect(mayManage({}, true)).toBe(true)
    expect(mayManage({}, false)).toBe(false)
  })
})
