/**
 * The history of one document in a side sheet (the whole screen on a phone):
 * the list of versions, and one version to read, compare with today or
 * restore. Loaded only when opened (its own chunk).
 */
import { useCallback, useEffect, useState } from 'react'
import { parseDocId, type DocId } from '../../../../shared/docId.js'
import type { VersionMeta } from '../../../../shared/versions.js'
import { cachedVersions, fetchVersions } from '../../api/versions.js'
import { CrossIcon } from '../../components/icons.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { useDoc } from '../../sync/useDoc.js'
import { useFieldReader } from './useDocFields.js'
import { VersionDetail } from './VersionDetail.js'
import { VersionList } from './VersionList.js'
import { useModalDialog } from '../../components/useModalDialog.js'

export type ListSource = 'loading' | 'server' | 'cache' | 'failed'

export interface HistoryPanelProps {
  docId: DocId
  onClose(): void
  /** A version was restored; `before` holds the state before it (restore it to undo). */
  onRestored(restored: VersionMeta, before: VersionMeta): void
}

export function HistoryPanel({ docId, onClose, onRestored }: HistoryPanelProps) {
  const { t } = useI18n()
  const { ref, onCancel } = useModalDialog(onClose)
  const kind = parseDocId(docId)?.kind ?? 'note'
  const { entry } = useDoc(docId)
  const read = useFieldReader(kind)
  const [versions, setVersions] = useState<VersionMeta[]>(() => cachedVersions(docId))
  const [source, setSource] = useState<ListSource>('loading')
  const [openId, setOpenId] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  const reload = useCallback(() => setAttempt((n) => n + 1), [])


  useEffect(() => {
    let live = true
    fetchVersions(docId).then(
      (list) => {
        if (!live) return
        setVersions(list)
        setSource('server')
      },
      () => {
        if (!live) return
        const cached = cachedVersions(docId)
        setVersions(cached)
        setSource(cached.length > 0 ? 'cache' : 'failed')
      },
    )
    return () => {
      live = false
    }
  }, [docId, attempt])

  // Come back online: try the list again.
  useEffect(() => {
    window.addEventListener('online', reload)
    return () => window.removeEventListener('online', reload)
  }, [reload])

  const open = versions.find((v) => v.id === openId) ?? null

  return (
    <dialog
      ref={ref}
      className="history-sheet"
      aria-labelledby="history-title"
      onCancel={onCancel}
      onClick={(e) => {
        // A click on the backdrop (outside the sheet's box) closes it.
        if (e.target === e.currentTarget) onClose()
      }}
    >
      <div className="history-sheet__inner">
        <header className="history-sheet__head">
          <h2 id="history-title" className="history-sheet__title">
            {t('history.title')}
          </h2>
          <button type="button" className="button button--quiet history-sheet__close" aria-label={t('history.close')} onClick={onClose}>
            <CrossIcon />
          </button>
        </header>
        {open ? (
          <VersionDetail
            docId={docId}
            version={open}
            all={versions}
            liveDoc={entry?.doc ?? null}
            read={read}
            onBack={() => setOpenId(null)}
            onRestored={(before) => {
              onRestored(open, before)
              onClose()
            }}
          />
        ) : (
          <VersionList
            docId={docId}
            versions={versions}
            source={source}
            onOpen={(v) => setOpenId(v.id)}
            onSaved={(v) => {
              setVersions((list) => [v, ...list.filter((x) => x.id !== v.id)])
              reload()
            }}
          />
        )}
      </div>
    </dialog>
  )
}
