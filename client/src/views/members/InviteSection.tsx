/** «Ссылки-приглашения»: make a link (shown once), and the board's links with their state. */
import { useEffect, useState } from 'react'
import type { PublicInvite } from '../../../../shared/auth.js'
import type { BoardRole } from '../../../../shared/roles.js'
import { ApiError, createInvite, fetchInvites, revokeInvite, type InviteRequest } from '../../api/members.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { InviteForm } from './InviteForm.js'
import { InviteList } from './InviteList.js'
import { inviteUrl } from './inviteState.js'
import { memberErrorKey } from './memberErrors.js'
import { NewLink } from './NewLink.js'

export function InviteSection({ boardId, roles }: { boardId: string; roles: readonly BoardRole[] }) {
  const { t } = useI18n()
  const [invites, setInvites] = useState<PublicInvite[] | null>(null)
  const [listError, setListError] = useState<string | null>(null)
  const [fresh, setFresh] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    fetchInvites(boardId).then(
      (list) => live && setInvites(list),
      (e: unknown) => live && setListError(t(memberErrorKey(e instanceof ApiError ? e : null))),
    )
    return () => {
      live = false
    }
  }, [boardId, t])

  const create = async (request: InviteRequest): Promise<string | null> => {
    try {
      const made = await createInvite(boardId, request)
      setInvites((list) => [made.invite, ...(list ?? [])])
      setFresh(inviteUrl(window.location.origin, made.path))
      return null
    } catch (e) {
      return t(memberErrorKey(e instanceof ApiError ? e : null))
    }
  }

  const revoke = async (invite: PublicInvite) => {
    try {
      await revokeInvite(boardId, invite.id)
      setInvites((list) => (list ?? []).map((i) => (i.id === invite.id ? { ...i, revoked: true } : i)))
      setListError(null)
    } catch (e) {
      setListError(t(memberErrorKey(e instanceof ApiError ? e : null)))
    }
  }

  return (
    <section className="section members-invites" aria-labelledby="invites-title">
      <h2 id="invites-title" className="section__title">
        {t('members.invites.title')}
      </h2>
      <p className="members-invites__intro">{t('members.invites.intro')}</p>
      {fresh ? <NewLink url={fresh} onHide={() => setFresh(null)} /> : <InviteForm roles={roles} onCreate={create} />}
      <h3 className="members-invites__list-title">{t('members.invites.listTitle')}</h3>
      {listError && (
        <p className="field__error" role="alert">
          {listError}
        </p>
      )}
      {invites === null ? !listError && <p className="muted">{t('common.loading')}</p> : <InviteList invites={invites} onRevoke={revoke} />}
    </section>
  )
}
