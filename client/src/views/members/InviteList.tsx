/** The board's links: role, until when, how many uses, their state; a working one can be revoked (after a confirmation). */
import { useState } from 'react'
import type { PublicInvite } from '../../../../shared/auth.js'
import { roleKey } from '../../auth/authText.js'
import { formatDate } from '../../i18n/i18n.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { inviteState, inviteStateKey, sortInvites } from './inviteState.js'

export function InviteList({ invites, onRevoke }: { invites: readonly PublicInvite[]; onRevoke(invite: PublicInvite): Promise<void> }) {
  const { t, locale } = useI18n()
  const [confirming, setConfirming] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const now = Date.now()

  if (invites.length === 0) return <p className="muted">{t('members.invites.none')}</p>

  return (
    <ul className="invite-list">
      {sortInvites(invites, now).map((invite) => {
        const state = inviteState(invite, now)
        const role = t(roleKey(invite.role))
        return (
          <li key={invite.id} className={`invite-item invite-item--${state}`}>
            <div className="invite-item__main">
              <span className="tag">{role}</span>
              <span className={`invite-item__state invite-item__state--${state}`}>{t(inviteStateKey(state))}</span>
              <span className="invite-item__meta">{t('members.invites.until', { date: formatDate(invite.expiresAt, locale) })}</span>
              <span className="invite-item__meta">{t('members.invites.usesOf', { uses: invite.uses, max: invite.maxUses })}</span>
            </div>
            {state === 'active' &&
              (confirming === invite.id ? (
                <div className="invite-item__confirm" role="group" aria-label={t('members.invites.revokeNamed', { role })}>
                  <p>{t('members.invites.revokeConfirm')}</p>
                  <button
                    type="button"
                    className="button button--danger"
                    disabled={busy === invite.id}
                    onClick={() => {
                      setBusy(invite.id)
                      void onRevoke(invite).finally(() => {
                        setBusy(null)
                        setConfirming(null)
                      })
                    }}
                  >
                    {t('members.invites.revokeYes')}
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => setConfirming(null)}>
                    {t('common.cancel')}
                  </button>
                </div>
              ) : (
                <button type="button" className="button button--quiet invite-item__revoke" aria-label={t('members.invites.revokeNamed', { role })} onClick={() => setConfirming(invite.id)}>
                  {t('members.invites.revoke')}
                </button>
              ))}
          </li>
        )
      })}
    </ul>
  )
}
