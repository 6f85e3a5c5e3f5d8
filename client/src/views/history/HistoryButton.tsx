/**
 * «История» on a document page: opens the history sheet (its own chunk,
 * fetched on first use) and, after a restore, offers «Отменить», which
 * restores the version holding the state from just before.
 */
import { lazy, Suspense, useState } from 'react'
import type { DocId } from '../../../../shared/docId.js'
import type { VersionMeta } from '../../../../shared/versions.js'
import { restoreVersion } from '../../api/versions.js'
import { UndoBar, useUndo } from '../../components/UndoBar.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { formatDateTime } from './versionLabel.js'

const load = () => import('./HistoryPanel.js')
const HistoryPanel = lazy(() => load().then((m) => ({ default: m.HistoryPanel })))

export function HistoryButton({ docId }: { docId: DocId }) {
  const { t, locale } = useI18n()
  const [open, setOpen] = useState(false)
  const [undoFailed, setUndoFailed] = useState(false)
  const undo = useUndo()

  const restored = (version: VersionMeta, before: VersionMeta) => {
    setUndoFailed(false)
    undo.offer({
      message: t('history.restored', { date: formatDateTime(version.createdAt, locale) }),
      undo: () => {
        restoreVersion(docId, before.id).catch(() => setUndoFailed(true))
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
          {t('history.restoreFailed')}
        </p>
      )}
      <UndoBar current={undo.current} dismiss={undo.dismiss} />
    </>
  )
}
