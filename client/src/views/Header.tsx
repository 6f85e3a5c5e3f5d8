/** The app bar: name, saving state in words, the signed-in person (with their menu) and the language switch. */
import { PersonMenu } from '../auth/PersonMenu.js'
import { useAccountLanguage } from '../auth/useAccountLanguage.js'
import { useI18n } from '../i18n/I18nProvider.js'
import { Link, paths } from '../routing/router.js'
import { SyncStatus } from '../sync/SyncStatus.js'

export function Header() {
  const { t, locale } = useI18n()
  const setLocale = useAccountLanguage()
  const other = locale === 'ru' ? 'en' : 'ru'

  return (
    <header className="appbar">
      <div className="appbar__inner">
        <Link to={paths.home()} className="appbar__brand">
          {t('app.name')}
        </Link>
        <SyncStatus />
        <div className="appbar__tools">
          <PersonMenu />
          <button type="button" className="button button--quiet" lang={other} onClick={() => setLocale(other)}>
            {t('lang.switchTo')}
          </button>
        </div>
      </div>
    </header>
  )
}
