/**
 * `/invite/<secret>`, open to anyone: which board and role the link offers;
 * signed in → «Присоединиться»; signed out → a short form that makes the
 * account; a link that no longer works → what to do instead.
 */
import { useEffect, useState } from 'react'
import type { PublicUser } from '../../../../shared/auth.js'
import { acceptInvite, ApiError, fetchInvite, type InviteInfo } from '../../api/auth.js'
import { AuthCard } from '../../auth/AuthCard.js'
import { authErrorKey, roleAsKey, roleWhatKey } from '../../auth/authText.js'
import { useSession } from '../../auth/SessionProvider.js'
import { formatDate } from '../../i18n/i18n.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { Link, navigate, paths } from '../../routing/router.js'
import { RegisterForm } from './RegisterForm.js'

type Loaded = { kind: 'loading' } | { kind: 'ok'; invite: InviteInfo } | { kind: 'gone' } | { kind: 'offline' } | { kind: 'failed' }

export function InvitePage({ secret }: { secret: string }) {
  const { t, locale } = useI18n()
  const session = useSession()
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [joining, setJoining] = useState(false)
  const [joinError, setJoinError] = useState<string | null>(null)
  // A cached person whose session lapsed cannot accept: they register or sign in like anyone else.
  const signedIn = session.user !== null && session.status !== 'signedOut' && session.status !== 'expired'

  useEffect(() => {
    let live = true
    fetchInvite(secret).then(
      (invite) => live && setLoaded({ kind: 'ok', invite }),
      (e: unknown) => {
        if (!live) return
        const code = e instanceof ApiError ? e.code : 'internal'
        setLoaded({ kind: code === 'not_found' ? 'gone' : code === 'network' ? 'offline' : 'failed' })
      },
    )
    return () => {
      live = false
    }
  }, [secret, attempt])

  const title =
    loaded.kind === 'ok'
      ? t('auth.invite.title', { title: loaded.invite.board.title, role: t(roleAsKey(loaded.invite.role)) })
      : loaded.kind === 'gone'
        ? t('auth.invite.goneTitle')
        : t('auth.invite.loading')

  const joined = (user: PublicUser | null, boardId: string) => {
    if (user) session.signedIn(user)
    navigate(paths.board(boardId), { replace: true })
  }

  const join = async () => {
    setJoining(true)
    setJoinError(null)
    try {
      const result = await acceptInvite(secret)
      joined(null, result.boardId)
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0
      // The cached person's session lapsed: the check turns this page into the sign-up form.
      if (status === 401) session.check(true)
      setJoinError(t(status === 401 ? 'auth.expired.text' : err instanceof ApiError ? authErrorKey('register', err.code, err.status) : 'auth.error.internal'))
      setJoining(false)
    }
  }

  if (loaded.kind !== 'ok') {
    return (
      <AuthCard title={title}>
        {loaded.kind === 'gone' && <p>{t('auth.invite.goneText')}</p>}
        {(loaded.kind === 'offline' || loaded.kind === 'failed') && (
          <div className="notice notice--warn" role="alert">
            <p>{t(loaded.kind === 'offline' ? 'auth.invite.offline' : 'auth.error.internal')}</p>
            <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
              {t('auth.offline.retry')}
            </button>
          </div>
        )}
        {loaded.kind === 'gone' && (
          <Link to={paths.home()} className="button">
            {t('auth.invite.toHome')}
          </Link>
        )}
      </AuthCard>
    )
  }

  const { invite } = loaded
  return (
    <AuthCard title={title} className="invite">
      {invite.board.settlement && <p className="invite__place tag">{invite.board.settlement}</p>}
      <p className="invite__what">{t(roleWhatKey(invite.role))}</p>
      <p className="invite__expires muted">{t('auth.invite.expires', { date: formatDate(invite.expiresAt, locale) })}</p>
      {signedIn && session.user ? (
        <div className="invite__join">
          <p>{t('auth.invite.signedInAs', { name: session.user.name })}</p>
          {joinError && (
            <p className="auth-form__error" role="alert">
              {joinError}
            </p>
          )}
          <div className="invite__actions">
            <button type="button" className="button button--primary" onClick={() => void join()} disabled={joining}>
              {joining ? t('auth.invite.joining') : t('auth.invite.join')}
            </button>
            {/* Someone else's browser: sign them out here and make one's own account. */}
            <button type="button" className="button button--quiet" onClick={() => void session.signOut(window.location.pathname)} disabled={joining}>
              {t('auth.invite.notYou')}
            </button>
          </div>
        </div>
      ) : (
        <section className="invite__register" aria-labelledby="invite-register">
          <h2 id="invite-register" className="invite__subtitle">
            {t('auth.invite.registerTitle')}
          </h2>
          <p className="auth-card__intro">{t('auth.invite.registerIntro')}</p>
          <RegisterForm secret={secret} onJoined={joined} />
          <p className="auth-card__foot">
            {t('auth.invite.haveAccount')} <Link to={paths.signIn(`/invite/${secret}`)}>{t('auth.invite.signIn')}</Link>
          </p>
        </section>
      )}
    </AuthCard>
  )
}
