/**
 * `/signin?next=…`: the sign-in form; on a fresh install the first-run form
 * (or, away from the server's machine, the command that adds a curator).
 * Once the session is confirmed, goes to `next` (a path of this site only).
 */
import { useEffect, useState } from 'react'
import { ApiError, fetchSetup, type SetupState } from '../api/auth.js'
import { useI18n } from '../i18n/I18nProvider.js'
import { navigate } from '../routing/router.js'
import { AuthCard } from './AuthCard.js'
import { nextFrom } from './next.js'
import { useSession } from './SessionProvider.js'
import { SetupForm } from './SetupForm.js'
import { SignInForm } from './SignInForm.js'

type Setup = SetupState | 'loading' | 'unreached'

export function SignInPage() {
  const { t } = useI18n()
  const session = useSession()
  const [setup, setSetup] = useState<Setup>('loading')
  const [attempt, setAttempt] = useState(0)
  const offline = session.status === 'offline' || setup === 'unreached'

  useEffect(() => {
    let live = true
    fetchSetup().then(
      (state) => live && setSetup(state),
      (e: unknown) => live && setSetup(e instanceof ApiError && e.code === 'network' ? 'unreached' : { needed: false, allowed: false }),
    )
    return () => {
      live = false
    }
  }, [attempt])

  // Signed in (by this form, or already): on to where the person was going.
  useEffect(() => {
    if (session.status === 'signedIn') navigate(nextFrom(window.location.search), { replace: true })
  }, [session.status])

  const firstRun = typeof setup === 'object' && setup.needed
  const title = firstRun ? (setup.allowed ? t('auth.setup.title') : t('auth.setup.remoteTitle')) : t('auth.signIn.title')

  const retry = () => {
    session.check(true)
    setAttempt((n) => n + 1)
  }

  return (
    <AuthCard title={title}>
      {offline && (
        <div className="notice notice--warn auth-offline" role="alert">
          <p className="auth-offline__title">{t('auth.offline.title')}</p>
          <p>{t('auth.offline.text')}</p>
          <button type="button" className="button" onClick={retry}>
            {t('auth.offline.retry')}
          </button>
        </div>
      )}
      {setup === 'loading' && !offline ? (
        <p className="muted">{t('common.loading')}</p>
      ) : firstRun && setup.allowed ? (
        <>
          <p className="auth-card__intro">{t('auth.setup.intro')}</p>
          <SetupForm onSignedIn={session.signedIn} />
        </>
      ) : firstRun ? (
        <div className="auth-remote">
          <p>{t('auth.setup.remoteText')}</p>
          <pre className="auth-remote__command">
            <code>{t('auth.setup.command')}</code>
          </pre>
          <p>{t('auth.setup.remoteAfter')}</p>
          <button type="button" className="button" onClick={retry}>
            {t('auth.offline.retry')}
          </button>
        </div>
      ) : (
        <>
          <p className="auth-card__intro">{t('auth.signIn.intro')}</p>
          <SignInForm onSignedIn={session.signedIn} />
          <p className="auth-card__foot">{t('auth.noAccount')}</p>
        </>
      )}
    </AuthCard>
  )
}
