/**
 * «История» on a document page: opens the history sheet (its own chunk,
 * fetched on first use) and, after a restore, offers «Отменить», which
 * restores the version holding the state from just before.
 */
import { lazy, Suspense, useEffect, useState } from 'react'
import type { DocId } from '../../../../shared/docId.js'
import type { VersionMeta } from '../../../../shared/versions.js'
import { restoreVersion } from '../../api/versions.js'
import { UndoBar, useUndo } from '../../components/UndoBar.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { MessageKey } from '../../i18n/i18n.js'
import { failureMessage } from './failure.js'
import { formatDateTime } from './versionLabel.js'

const load = () => import('./HistoryPanel.js')
const HistoryPanel = lazy(() => load().then((m) => ({ default: m.HistoryPanel })))

export function HistoryButton({ docId }: { docId: DocId }) {
  const { t, locale } = useI18n()
  const [open, setOpen] = useState(false)
  const [undoFailed, setUndoFailed] = useState<MessageKey | null>(null)
  const undo = useUndo()

  // The failure notice goes after a while, like the bar it replaced.
  useEffect(() => {
    if (!undoFailed) return
    const timer = setTimeout(() => setUndoFailed(null), 10_000)
    return () => clearTimeout(timer)
  }, [undoFailed])

  const restored = (version: VersionMeta, before: VersionMeta) => {
    setUndoFailed(null)
    undo.offer({
      message: t('history.restored', { date: formatDateTime(version.createdAt, locale) }),
      undo: () => {
        restoreVersion(docId, before.id).catch((e: unknown) => setUndoFailed(failureMessage(e, 'history.restoreFailed')))
      },
    })
  }

  return (
    <>
      <button
        type="button"
        className="button history-button"
        aria-haspopup="dialog"
        title={t('history.buttonLabel')}
        onClick={() => setOpen(true)}
        onPointerEnter={() => void load().catch(() => undefined)}
        onFocus={() => void load().catch(() => undefined)}
      >
        {t('history.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <HistoryPanel docId={docId} onClose={() => setOpen(false)} onRestored={restored} />
        </Suspense>
      )}
      {undoFailed && (
        <p className="notice history-undo-failed" role="alert">
          {t(undoFailed)}
        </p>
      )}
      <UndoBar current={undo.current} dismiss={undo.dismiss} />
    </>
  )
}
