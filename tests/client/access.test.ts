import { describe, expect, it } from 'vitest'
import { accessFrom, UNKNOWN } from '../../client/src/access/access.js'
import { BOARD_ROLES } from '../../shared/roles.js'

describe('accessFrom', () => {
  it('is read-only while the role is not known (first load, nothing cached)', () => {
    for (const info of [null, undefined]) {
      const access = accessFrom(info)
      expect(access.known).toBe(false)
      expect(access.role).toBeNull()
      expect(access.readOnly).toBe(true)
      expect(access.canComment).toBe(false)
      expect(access.can('read')).toBe(false)
      expect(access.can('export')).toBe(false)
    }
    expect(UNKNOWN.readOnly).toBe(true)
  })

  it('makes a viewer read-only, without comments unless the curator allows them', () => {
    const viewer = accessFrom({ role: 'viewer', viewerMayComment: false })
    expect(viewer).toMatchObject({ role: 'viewer', known: true, readOnly: true, canComment: false })
    expect(viewer.can('read')).toBe(true)
    expect(viewer.can('edit')).toBe(false)
    expect(viewer.can('export')).toBe(false)

    const commenting = accessFrom({ role: 'viewer', viewerMayComment: true })
    expect(commenting).toMatchObject({ readOnly: true, canComment: true })
    expect(commenting.can('comment')).toBe(true)
    expect(commenting.can('edit')).toBe(false)
  })

  it('lets every other role edit and comment, whatever the viewer switch says', () => {
    for (const role of BOARD_ROLES.filter((r) => r !== 'viewer')) {
      for (const viewerMayComment of [false, true]) {
        const access = accessFrom({ role, viewerMayComment })
        expect(access.readOnly, role).toBe(false)
        expect(access.canComment, role).toBe(true)
      }
    }
  })

  it('keeps export, members and invites to the roles the matrix gives them', () => {
    const can = (role: (typeof BOARD_ROLES)[number], action: Parameters<ReturnType<typeof accessFrom>['can']>[0]) => accessFrom({ role, viewerMayComment: false }).can(action)
    expect(BOARD_ROLES.filter((r) => can(r, 'export'))).toEqual(['curator'])
    expect(BOARD_ROLES.filter((r) => can(r, 'manageMembers'))).toEqual(['curator'])
    expect(BOARD_ROLES.filter((r) => can(r, 'invite'))).toEqual(['curator', 'ambassador'])
  })
})
