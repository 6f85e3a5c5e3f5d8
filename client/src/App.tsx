/**
 * The shell: header, the page for the current URL (or the sign-in page when
 * nobody is signed in), and the «session expired» bar.
 */
import { Suspense, useEffect, useRef } from 'react'
import { ExpiredBar } from './auth/ExpiredBar.js'
import { gateFor } from './auth/gate.js'
import { here } from './auth/next.js'
import { useSession } from './auth/SessionProvider.js'
import { SignInPage } from './auth/SignInPage.js'
import { useI18n } from './i18n/I18nProvider.js'
import { Link, navigate, parseRoute, paths, usePathname, type Route } from './routing/router.js'
import { BoardPage } from './views/board/BoardPage.js'
import { FollowBar } from './views/follow/FollowBar.js'
import { FollowProvider } from './views/follow/FollowProvider.js'
import { Header } from './views/Header.js'
import { VisitProvider } from './views/history/VisitProvider.js'
import { HomePage } from './views/HomePage.js'
import { InvitePage } from './views/invite/InvitePage.js'
import { InitiativePage, NotePage } from './views/lazy.js'
import { MembersPage } from './views/members/MembersPage.js'
import { TemplateEditorPage, TemplatesPage } from './views/templates/lazy.js'

export function App() {
  const { t } = useI18n()
  const session = useSession()
  const pathname = usePathname()
  const route = parseRoute(pathname)
  const first = useRef(true)
  const gate = gateFor(route.name, session.status, session.user !== null)

  // The server says nobody is signed in: to the sign-in form, and back here after it.
  useEffect(() => {
    if (gate === 'redirect') navigate(paths.signIn(here(window.location)), { replace: true })
  }, [gate])

  // After in-app navigation, move focus to the new page's heading (screen readers, keyboard).
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    document.querySelector<HTMLElement>('#main h1[tabindex]')?.focus({ preventScroll: true })
  }, [pathname])

  const page =
    gate === 'page' ? (
      <RoutePage route={route} />
    ) : gate === 'signIn' ? (
      <SignInPage />
    ) : (
      <main id="main" className="page muted">
        {t('auth.checking')}
      </main>
    )

  return (
    <VisitProvider>
      <FollowProvider>
        <a href="#main" className="skip">
          {t('nav.skip')}
        </a>
        <Header />
        {gate === 'page' && route.name !== 'invite' && <ExpiredBar />}
        <FollowBar />
        {page}
      </FollowProvider>
    </VisitProvider>
  )
}

/** The page of a route, for a signed-in person (or anyone, for an invite link). */
function RoutePage({ route }: { route: Route }) {
  const { t } = useI18n()
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
    case 'members':
      page = <MembersPage key={route.boardId} boardId={route.boardId} />
      break
    case 'invite':
      page = <InvitePage key={route.secret} secret={route.secret} />
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

  return page
}
