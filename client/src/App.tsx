/** The shell: header, the page for the current URL, and the name dialog. */
import { Suspense, useEffect, useRef, useState } from 'react'
import { useI18n } from './i18n/I18nProvider.js'
import { usePerson } from './identity/PersonProvider.js'
import { Link, parseRoute, paths, usePathname } from './routing/router.js'
import { BoardPage } from './views/board/BoardPage.js'
import { FollowBar } from './views/follow/FollowBar.js'
import { FollowProvider } from './views/follow/FollowProvider.js'
import { Header } from './views/Header.js'
import { VisitProvider } from './views/history/VisitProvider.js'
import { HomePage } from './views/HomePage.js'
import { InitiativePage, NotePage } from './views/lazy.js'
import { NameDialog } from './views/NameDialog.js'
import { TemplateEditorPage, TemplatesPage } from './views/templates/lazy.js'

export function App() {
  const { t } = useI18n()
  const { person, setName } = usePerson()
  const [renaming, setRenaming] = useState(false)
  const pathname = usePathname()
  const route = parseRoute(pathname)
  const first = useRef(true)

  // After in-app navigation, move focus to the new page's heading (screen readers, keyboard).
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    document.querySelector<HTMLElement>('#main h1[tabindex]')?.focus({ preventScroll: true })
  }, [pathname])

  let page
  switch (route.name) {
    case 'home':
      page = <HomePage />
      break
    case 'board':
      page = <BoardPage key={route.boardId} boardId={route.boardId} tab={route.tab} />
      break
    case 'initiative':
      page = (
        <Suspense fallback={<p className="page muted">{t('note.loadingEditor')}</p>}>
          <InitiativePage key={route.cardId} boardId={route.boardId} cardId={route.cardId} />
        </Suspense>
      )
      break
    case 'note':
      page = (
        <Suspense fallback={<p className="page muted">{t('note.loadingEditor')}</p>}>
          <NotePage key={route.noteId} boardId={route.boardId} noteId={route.noteId} />
        </Suspense>
      )
      break
    case 'templates':
    case 'template':
      page = (
        <Suspense fallback={<p className="page muted">{t('common.loading')}</p>}>
          {route.name === 'templates' ? <TemplatesPage /> : <TemplateEditorPage key={route.templateId} templateId={route.templateId} />}
        </Suspense>
      )
      break
    default:
      page = (
        <main id="main" className="page">
          <div className="empty">
            <h1 className="empty__title" tabIndex={-1}>
              {t('notFound.title')}
            </h1>
            <p>{t('notFound.text')}</p>
            <Link to={paths.home()} className="button button--primary">
              {t('nav.allBoards')}
            </Link>
          </div>
        </main>
      )
  }

  return (
    <VisitProvider>
      <FollowProvider>
        <a href="#main" className="skip">
          {t('nav.skip')}
        </a>
        <Header onChangeName={() => setRenaming(true)} />
        <FollowBar />
        {page}
        {(!person || renaming) && (
          <NameDialog
            initialName={person?.name ?? ''}
            required={!person}
            onSave={(name) => {
              setName(name)
              setRenaming(false)
            }}
            onClose={() => setRenaming(false)}
          />
        )}
      </FollowProvider>
    </VisitProvider>
  )
}
