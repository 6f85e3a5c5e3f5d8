/**
 * One version: read as it was, or compared with today field by field, and
 * restored (after a confirmation that says what restoring does).
 */
import { useEffect, useMemo, useState } from 'react'
import * as Y from 'yjs'
import type { DocId } from '../../../../shared/docId.js'
import type { VersionMeta } from '../../../../shared/versions.js'
import { fetchVersion, restoreVersion } from '../../api/versions.js'
import type { MessageKey } from '../../i18n/i18n.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { compareFields } from './compare.js'
import { ComparisonView } from './ComparisonView.js'
import type { DocField } from './docFields.js'
import { useLiveFields } from './useDocFields.js'
import { failureMessage } from './failure.js'
import { formatDateTime, versionTitle } from './versionLabel.js'
import { VersionView } from './VersionView.js'

export interface VersionDetailProps {
  docId: DocId
  version: VersionMeta
  all: readonly VersionMeta[]
  liveDoc: Y.Doc | null
  read(doc: Y.Doc): DocField[]
  onBack(): void
  onRestored(before: VersionMeta): void
}

type Tab = 'view' | 'compare'

export function VersionDetail({ docId, version, all, liveDoc, read, onBack, onRestored }: VersionDetailProps) {
  const { t, locale } = useI18n()
  const { readOnly } = useAccess()
  const [oldDoc, setOldDoc] = useState<Y.Doc | null>(null)
  const [failed, setFailed] = useState(false)
  const [tab, setTab] = useState<Tab>('compare')
  const [confirming, setConfirming] = useState(false)
  const [restoring, setRestoring] = useState(false)
  const [restoreFailed, setRestoreFailed] = useState<MessageKey | null>(null)
  const when = formatDateTime(version.createdAt, locale)

  useEffect(() => {
    let live = true
    let doc: Y.Doc | null = null
    setOldDoc(null)
    setFailed(false)
    fetchVersion(docId, version.id).then(
      ({ update }) => {
        if (!live) return
        doc = new Y.Doc()
        Y.applyUpdate(doc, update)
        setOldDoc(doc)
      },
      () => live && setFailed(true),
    )
    return () => {
      live = false
      doc?.destroy()
    }
  }, [docId, version.id])

  const oldFields = useMemo(() => (oldDoc ? read(oldDoc) : null), [oldDoc, read])
  const liveFields = useLiveFields(liveDoc, read)
  const comparison = useMemo(() => (oldFields && liveFields ? compareFields(oldFields, liveFields) : null), [oldFields, liveFields])

  const restore = async () => {
    setRestoring(true)
    setRestoreFailed(null)
    try {
      const { before } = await restoreVersion(docId, version.id)
      onRestored(before)
    } catch (e) {
      setRestoreFailed(failureMessage(e, 'history.restoreFailed'))
      setRestoring(false)
    }
  }

  return (
    <div className="history-detail">
      <button type="button" className="button button--quiet history-detail__back" onClick={onBack}>
        ← {t('history.back')}
      </button>
      <h3 className="history-detail__title">{t('history.versionOf', { date: when })}</h3>
      <p className="history-detail__label">
        {versionTitle(version, all, t, locale)}
        {version.authors.length > 0 && <span className="muted"> · {t('history.authors', { names: version.authors.join(', ') })}</span>}
      </p>
      <div className="history-tabs" role="group" aria-label={t('history.tabs')}>
        {(['compare', 'view'] as const).map((id) => (
          <button key={id} type="button" className="history-tabs__tab" aria-pressed={tab === id} onClick={() => setTab(id)}>
            {t(`history.tab.${id}`)}
          </button>
        ))}
      </div>
      {failed && <p className="notice">{t('history.versionFailed')}</p>}
      {!failed && !oldFields && <p className="muted">{t('history.loadingVersion')}</p>}
      {oldFields && tab === 'view' && <VersionView fields={oldFields} />}
      {tab === 'compare' && comparison && <ComparisonView comparison={comparison} />}
      {/* Reading and comparing is for everyone; bringing a version back is an edit. */}
      {oldFields && !readOnly && (
        <div className="history-restore">
          {!confirming ? (
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              {t('history.restore')}
            </button>
          ) : (
            <div className="history-confirm" role="group" aria-labelledby="history-confirm-title">
              <p id="history-confirm-title" className="history-confirm__title">
                {t('history.restoreTitle', { date: when })}
              </p>
              <p className="history-confirm__text">{t('history.restoreText')}</p>
              {restoreFailed && (
                <p className="field__error" role="alert">
                  {t(restoreFailed)}
                </p>
              )}
              <div className="dialog__actions">
                <button type="button" className="button" onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </button>
                <button type="button" className="button button--primary" disabled={restoring} autoFocus onClick={() => void restore()}>
                  {t(restoring ? 'history.restoring' : 'history.restoreConfirm')}
                </button>
              </div>
            </div>
          )}
        </div>
      )}
    </div>
  )
}
