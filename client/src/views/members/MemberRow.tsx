/**
 * One member: avatar, name, login and role; for a curator the role, the
 * viewer's comment switch and removal. A workspace curator runs every board:
 * shown as such, never changed here.
 */
import { useId } from 'react'
import type { Member } from '../../../../shared/auth.js'
import { BOARD_ROLES, type BoardRole } from '../../../../shared/roles.js'
import { roleKey } from '../../auth/authText.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { colorBadge, initials, personFromUser } from '../../identity/person.js'

interface Props {
  member: Member
  self: boolean
  manage: boolean
  busy: boolean
  onChange(role: BoardRole, viewerMayComment: boolean): void
  onRemove(): void
}

export function MemberRow({ member, self, manage, busy, onChange, onRemove }: Props) {
  const { t } = useI18n()
  const id = useId()
  const { user, role, viewerMayComment } = member
  const person = personFromUser(user)
  const editable = manage && !self && !member.workspaceCurator

  return (
    <li className="member" aria-busy={busy}>
      <span className="avatar member__avatar" style={colorBadge(person.color)} aria-hidden="true">
        {initials(user.name)}
      </span>
      <div className="member__who">
        <span className="member__name" id={`${id}-name`}>
          {user.name} {self && <span className="muted">{t('members.you')}</span>}
        </span>
        <span className="member__login">{user.login}</span>
      </div>
      {editable ? (
        <div className="member__tools">
          <label className="sr-only" htmlFor={`${id}-role`}>
            {t('members.roleSelect', { name: user.name })}
          </label>
          <select id={`${id}-role`} className="input member__role-select" value={role} disabled={busy} onChange={(e) => onChange(e.target.value as BoardRole, viewerMayComment)}>
            {BOARD_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(roleKey(r))}
              </option>
            ))}
          </select>
          {role === 'viewer' && (
            <label className="member__switch">
              <input type="checkbox" role="switch" checked={viewerMayComment} disabled={busy} onChange={(e) => onChange(role, e.target.checked)} />
              <span>{t('members.mayComment')}</span>
            </label>
          )}
          <button type="button" className="button button--quiet member__remove" disabled={busy} aria-label={t('members.removeNamed', { name: user.name })} onClick={onRemove}>
            {t('members.remove')}
          </button>
        </div>
      ) : (
        <div className="member__tools">
          <span className="tag member__role">{t(member.workspaceCurator ? 'members.workspaceCurator' : roleKey(role))}</span>
          {role === 'viewer' && viewerMayComment && <span className="member__comment muted">{t('members.mayComment')}</span>}
          {member.workspaceCurator ? (
            <span className="member__comment muted">{t('members.workspaceCuratorNote')}</span>
          ) : (
            self && manage && <span className="member__self muted">{t('members.selfNote')}</span>
          )}
        </div>
      )}
    </li>
  )
}
