/** The non-blocking bar when the session lapsed while the app was open: work goes on, saved on this device. */
import { useI18n } from '../i18n/I18nProvider.js'
import { Link, paths } from '../routing/router.js'
import { here } from './next.js'
import { useSession } from './SessionProvider.js'

export function ExpiredBar() {
  const { t } = useI18n()
  const { status } = useSession()
  return (
    // Always in the page, so screen readers announce the bar when it appears.
    <div className="auth-expired-region" role="status" aria-live="polite">
      {status === 'expired' && (
        <div className="auth-expired">
          <p className="auth-expired__text">{t('auth.expired.text')}</p>
          <Link to={paths.signIn(here(window.location))} className="button button--primary auth-expired__signin">
            {t('auth.expired.signIn')}
          </Link>
        </div>
      )}
    </div>
  )
}
