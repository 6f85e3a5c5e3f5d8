/**
 * The saving state in words, for the app bar: what the server has, what is
 * only on this device, and — when all is on the server — that closing the
 * tab is safe. Also asks before closing while something is unsent, and
 * offers the new app version when one waits.
 */
import { useI18n } from '../i18n/I18nProvider.js'
import type { MessageKey } from '../i18n/i18n.js'
import { useAppUpdate } from './appUpdate.js'
import type { SyncState } from './openDoc.js'
import { useDocRegistry, useSyncState } from './useDoc.js'
import { useLeaveGuard } from './useLeaveGuard.js'

const stateText: Record<SyncState, MessageKey> = {
  saved: 'sync.saved',
  unsent: 'sync.unsent',
  syncing: 'sync.syncing',
  offline: 'sync.offline',
}

export function SyncStatus() {
  const { t } = useI18n()
  const registry = useDocRegistry()
  const { state, unsent } = useSyncState()
  const app = useAppUpdate()
  useLeaveGuard(unsent)

  const hint =
    state === 'saved'
      ? t('sync.saved.hint')
      : state === 'unsent'
        ? t('sync.unsent.hint', { count: unsent })
        : state === 'offline'
          ? unsent > 0
            ? t('sync.offline.hint', { count: unsent })
            : t('sync.offline.nothing')
          : t('sync.syncing.hint')

  return (
    <div className="sync-area">
      <p className={`sync sync--${state}`} role="status" aria-live="polite" data-state={state} data-unsent={unsent} title={hint}>
        <span className="sync__dot" aria-hidden="true" />
        <span className="sync__text">{t(stateText[state], { count: unsent })}</span>
        {/* The hint is the tooltip for a mouse; screen readers get it as text. */}
        <span className="sr-only">{hint}</span>
      </p>
      {state === 'offline' && (
        <button
          type="button"
          className="button button--quiet sync__retry"
          onClick={() => registry.reconnectNow()}
          title={t('sync.retry')}
          aria-label={t('sync.retry')}
        >
          {/* An icon: the words beside it already say what is wrong; the app bar has little room. */}
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M16 10a6 6 0 1 1-1.8-4.3M16 3v4h-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </button>
      )}
      {app.ready && (
        <button type="button" className="button button--quiet sync__update" onClick={app.update} title={t('sync.update.hint')}>
          {t('sync.update')}
        </button>
      )}
    </div>
  )
}
