/** The composition root: builds the document registry and the person, then renders the app. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.js'
import { I18nProvider } from './i18n/I18nProvider.js'
import { loadPerson, randomColor } from './identity/person.js'
import { PersonProvider } from './identity/PersonProvider.js'
import { AppUpdateContext, AppUpdater } from './sync/appUpdate.js'
import { DocRegistry, syncUrl } from './sync/docRegistry.js'
import { DocRegistryContext } from './sync/useDoc.js'
import './styles.css'
import './styles/layout.css'
import './styles/forms.css'
import './styles/lists.css'
import './styles/presence.css'
import './styles/notePage.css'
import './styles/dialog.css'
import './styles/smallScreens.css'
import './styles/access.css'
import './styles/auth.css'
import './styles/board.css'
import './styles/comments.css'
import './styles/commentsCompose.css'
import './styles/components.css'
import './styles/consultations.css'
import './styles/consultationActions.css'
import './styles/draft.css'
import './styles/draftForm.css'
import './styles/draftReadiness.css'
import './styles/draftPrint.css'
import './styles/draftTables.css'
import './styles/draftCalendar.css'
import './styles/draftBudget.css'
import './styles/draftPhone.css'
import './styles/follow.css'
import './styles/history.css'
import './styles/historyVersion.css'
import './styles/home.css'
import './styles/initiative.css'
import './styles/initiativeBlock.css'
import './styles/kanban.css'
import './styles/kanbanCard.css'
import './styles/kanbanDialog.css'
import './styles/members.css'
import './styles/plan.css'
import './styles/planItem.css'
import './styles/planTimeline.css'
import './styles/sync.css'
import './styles/templates.css'
import './styles/templateEditor.css'
import './styles/templateSections.css'

const person = loadPerson()
const color = person?.color ?? randomColor()
// Until a name is chosen, others see nobody (presence ignores empty names).
const registry = new DocRegistry(syncUrl(window.location), person ?? { name: '', color }, window)
window.addEventListener('pagehide', (e) => {
  if (!e.persisted) registry.destroy()
})

// Documents an earlier session could not send are pushed without waiting for the person to open them.
registry.pushLeftovers()

// The service worker keeps the app on this device so it opens without a network (built app only).
const updater = new AppUpdater()
updater.register()

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <AppUpdateContext.Provider value={updater}>
        <DocRegistryContext.Provider value={registry}>
          <PersonProvider initial={person} color={color} registry={registry}>
            <App />
          </PersonProvider>
        </DocRegistryContext.Provider>
      </AppUpdateContext.Provider>
    </I18nProvider>
  </StrictMode>,
)
