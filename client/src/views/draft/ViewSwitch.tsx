/** «Холст | Черновик проекта»: two tabs over the initiative page (arrow keys move between them). */
import { useRef, type KeyboardEvent } from 'react'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { InitiativeView } from './useInitiativeView.js'

const VIEWS: ReadonlyArray<{ id: InitiativeView; label: 'draft.view.canvas' | 'draft.view.draft' }> = [
  { id: 'canvas', label: 'draft.view.canvas' },
  { id: 'draft', label: 'draft.view.draft' },
]

/** Ids of a view's tab and panel. */
export const viewTabId = (view: InitiativeView) => `initiative-tab-${view}`
export const viewPanelId = (view: InitiativeView) => `initiative-panel-${view}`

export function ViewSwitch({ view, onChange }: { view: InitiativeView; onChange(view: InitiativeView): void }) {
  const { t } = useI18n()
  const list = useRef<HTMLDivElement | null>(null)

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const index = VIEWS.findIndex((v) => v.id === view)
    let next = -1
    if (e.key === 'ArrowRight') next = (index + 1) % VIEWS.length
    if (e.key === 'ArrowLeft') next = (index - 1 + VIEWS.length) % VIEWS.length
    if (e.key === 'Home') next = 0
    if (e.key === 'End') next = VIEWS.length - 1
    const to = VIEWS[next]
    if (!to) return
    e.preventDefault()
    onChange(to.id)
    list.current?.querySelector<HTMLElement>(`#${viewTabId(to.id)}`)?.focus()
  }

  return (
    <div className="view-switch" role="tablist" aria-label={t('draft.views')} ref={list} onKeyDown={onKeyDown}>
      {VIEWS.map(({ id, label }) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={viewTabId(id)}
          className="view-switch__tab"
          aria-selected={id === view}
          // Only the open view's panel is on the page.
          aria-controls={id === view ? viewPanelId(id) : undefined}
          tabIndex={id === view ? 0 : -1}
          onClick={() => onChange(id)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  )
}
