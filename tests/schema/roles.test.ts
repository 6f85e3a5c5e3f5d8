import { describe, expect, it } from 'vitest'
import { BOARD_ACTIONS, BOARD_ROLES, can, effectiveRole, invitableRoles } from '../../shared/roles.js'

describe('the permission matrix', () => {
  it('gives each role what the product card says', () => {
    const table = Object.fromEntries(BOARD_ROLES.map((role) => [role, BOARD_ACTIONS.filter((a) => can(role, a))]))
    expect(table).toEqual({
      curator: ['read', 'edit', 'comment', 'invite', 'manageMembers', 'export', 'manageBoard'],
      expert: ['read', 'edit', 'comment'],
      ambassador: ['read', 'edit', 'comment', 'invite'],
      activist: ['read', 'edit', 'comment'],
      viewer: ['read'],
    })
  })

  it('lets a viewer comment only when a curator allowed it, and never edit', () => {
    expect(can('viewer', 'comment', { viewerMayComment: true })).toBe(true)
    expect(can('viewer', 'edit', { viewerMayComment: true })).toBe(false)
    expect(can(null, 'read')).toBe(false)
  })

  it('limits whom an ambassador may invite, and makes a workspace curator curator everywhere', () => {
    expect(invitableRoles('ambassador')).toEqual(['expert', 'activist'])
    expect(invitableRoles('activist')).toEqual([])
    expect(invitableRoles('curator')).toEqual(BOARD_ROLES)
    expect(effectiveRole('curator', null)).toBe('curator')
    expect(effectiveRole('member', null)).toBe(null)
    expect(effectiveRole('member', 'viewer')).toBe('viewer')
  })
})
