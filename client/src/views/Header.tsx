/** The app bar: name, saving state in words, the person and the language switch. */
import { useI18n } from '../i18n/I18nProvider.js'
import { initials, textOn } from '../identity/person.js'
import { usePerson } from '../identity/PersonProvider.js'
import { Link, paths } from '../routing/router.js'
import { SyncStatus } from '../sync/SyncStatus.js'

export function Header({ onChangeName }: { onChangeName(): void }) {
  const { t, locale, setLocale } = useI18n()
  const { person } = usePerson()
  const other = locale === 'ru' ? 'en' : 'ru'

  return (
    <header className="appbar">
      <div className="appbar__inner">
        <Link to={paths.home()} className="appbar__brand">
          {t('app.name')}
        </Link>
        <SyncStatus />
        <div className="appbar__tools">
          {person && (
            <button
              type="button"
              className="button button--quiet person"
              onClick={onChangeName}
              title={t('name.change')}
              aria-label={t('name.button', { name: person.name })}
            >
              <span className="avatar avatar--small" style={{ backgroundColor: person.color, color: textOn(person.color) }} aria-hidden="true">
                {initials(person.name)}
              </span>
              <span className="person__name">{person.name}</span>
            </button>
          )}
          <button type="button" className="button button--quiet" lang={other} onClick={() => setLocale(other)}>
            {t('lang.switchTo')}
          </button>
        </div>
      </div>
    </header>
  )
}
