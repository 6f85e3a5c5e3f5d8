/**
 * `/b/<boardId>/members`: who is on the board and with what role. A curator
 * changes roles, lets a viewer comment and removes people (with «Отменить»:
 * the old role is put back); whoever may invite makes invite links below.
 */
import { useCallback, useEffect, useState } from 'react'
import type { Member } from '../../../../shared/auth.js'
import { can, invitableRoles, type BoardRole } from '../../../../shared/roles.js'
import { ApiError, fetchMembers, removeMember, setMember } from '../../api/members.js'
import { useBoard } from '../../api/useBoards.js'
import { useSession } from '../../auth/SessionProvider.js'
import { UndoBar, useUndo } from '../../components/UndoBar.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { Link, paths } from '../../routing/router.js'
import { InviteSection } from './InviteSection.js'
import { memberErrorKey } from './memberErrors.js'
import { MemberRow } from './MemberRow.js'

type Load = 'loading' | 'ok' | 'offline' | 'notFound' | 'failed'

export function MembersPage({ boardId }: { boardId: string }) {
  const { t } = useI18n()
  const { board, missing } = useBoard(boardId)
  const { user } = useSession()
  const [members, setMembers] = useState<Member[]>([])
  const [load, setLoad] = useState<Load>('loading')
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const undo = useUndo()
  const access = board?.access
  const role = access?.role ?? null
  const options = { viewerMayComment: access?.viewerMayComment === true }
  const manage = can(role, 'manageMembers', options)
  const roles = can(role, 'invite', options) ? invitableRoles(role) : []
  const heading = board ? t('members.heading', { title: board.title }) : t('members.headingNoTitle')

  useEffect(() => {
    document.title = `${heading} — ${t('app.name')}`
  }, [heading, t])

  useEffect(() => {
    let live = true
    setLoad('loading')
    fetchMembers(boardId).then(
      (list) => {
        if (!live) return
        setMembers(list)
        setLoad('ok')
      },
      (e: unknown) => {
        if (!live) return
        const err = e instanceof ApiError ? e : null
        setLoad(err?.code === 'network' ? 'offline' : err?.status === 404 || err?.status === 403 ? 'notFound' : 'failed')
      },
    )
    return () => {
      live = false
    }
  }, [boardId, attempt])

  /** Saves a role: shown at once, then the server's answer (or the old state again, with the reason). */
  const change = useCallback(
    async (member: Member, nextRole: BoardRole, viewerMayComment: boolean, wasOn = true) => {
      const mayComment = nextRole === 'viewer' && viewerMayComment
      setBusy(member.user.id)
      setFailure(null)
      setMembers((list) => upsert(list, { ...member, role: nextRole, viewerMayComment: mayComment }))
      try {
        const saved = await setMember(boardId, member.user.id, nextRole, mayComment)
        setMembers((list) => upsert(list, saved))
      } catch (e) {
        setMembers((list) => (wasOn ? upsert(list, member) : list.filter((m) => m.user.id !== member.user.id)))
        setFailure(t(memberErrorKey(e instanceof ApiError ? e : null)))
      } finally {
        setBusy(null)
      }
    },
    [boardId, t],
  )

  const remove = async (member: Member) => {
    setBusy(member.user.id)
    setFailure(null)
    try {
      await removeMember(boardId, member.user.id)
      setMembers((list) => list.filter((m) => m.user.id !== member.user.id))
      undo.offer({ message: t('members.removed', { name: member.user.name }), undo: () => void change(member, member.role, member.viewerMayComment, false) })
    } catch (e) {
      setFailure(t(memberErrorKey(e instanceof ApiError ? e : null)))
    } finally {
      setBusy(null)
    }
  }

  return (
    <main id="main" className="page members-page">
      <p className="crumbs">
        <Link to={paths.home()}>{t('nav.allBoards')}</Link>
        {' › '}
        <Link to={paths.board(boardId)}>{board?.title ?? t('members.toBoard')}</Link>
      </p>
      <div className="page__head">
        <div>
          <h1 className="page__title" tabIndex={-1}>
            {heading}
          </h1>
          {load === 'ok' && <p className="page__sub">{t('members.count', { count: members.length })}</p>}
        </div>
      </div>

      {failure && (
        <p className="notice notice--warn" role="alert">
          {failure}
        </p>
      )}
      {load === 'loading' && <p className="muted">{t('members.loading')}</p>}
      {(load === 'notFound' || (missing && load !== 'ok')) && (
        <div className="empty">
          <p>{t('members.notFound')}</p>
          <Link to={paths.home()} className="button">
            {t('nav.allBoards')}
          </Link>
        </div>
      )}
      {(load === 'offline' || load === 'failed') && (
        <div className="notice notice--warn" role="alert">
          <p>{t(load === 'offline' ? 'members.offline' : 'members.error.other')}</p>
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('members.retry')}
          </button>
        </div>
      )}

      {load === 'ok' && (
        <section className="section members" aria-labelledby="members-list">
          <h2 id="members-list" className="sr-only">
            {heading}
          </h2>
          {members.length > 0 && (
            <ul className="member-list">
              {members.map((m) => (
                <MemberRow
                  key={m.user.id}
                  member={m}
                  self={m.user.id === user?.id}
                  manage={manage}
                  busy={busy === m.user.id}
                  onChange={(r, comment) => void change(m, r, comment)}
                  onRemove={() => void remove(m)}
                />
              ))}
            </ul>
          )}
          {!members.some((m) => !m.workspaceCurator) && <p className="members__empty">{t(roles.length > 0 ? 'members.empty' : 'members.emptyReader')}</p>}
        </section>
      )}

      {load === 'ok' && roles.length > 0 && <InviteSection boardId={boardId} roles={roles} />}
      <UndoBar current={undo.current} dismiss={undo.dismiss} />
    </main>
  )
}

/** The list with `member` put in (replaced, or added back in place: workspace curators first, then by name). */
function upsert(list: Member[], member: Member): Member[] {
  const others = list.filter((m) => m.user.id !== member.user.id)
  return [...others, member].sort((a, b) => Number(b.workspaceCurator) - Number(a.workspaceCurator) || a.user.name.localeCompare(b.user.name, 'ru'))
}
