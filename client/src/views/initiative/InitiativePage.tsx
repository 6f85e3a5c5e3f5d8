/** An initiative: its canvas of collaborative blocks (problem → causes → tasks → activities → results → goal). */
import { useI18n } from '../../i18n/I18nProvider.js'
import { Link, paths } from '../../routing/router.js'

export function InitiativePage({ boardId }: { boardId: string; cardId: string }) {
  const { t } = useI18n()
  return (
    <main id="main" className="page">
      <nav className="crumbs" aria-label={t('nav.label')}>
        <Link to={paths.board(boardId)}>{t('board.tab.initiatives')}</Link>
      </nav>
    </main>
  )
}
