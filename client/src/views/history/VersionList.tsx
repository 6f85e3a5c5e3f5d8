/** The versions of a document, newest first, by day: time, name or kind, who edited. */
import type { DocId } from '../../../../shared/docId.js'
import type { VersionMeta } from '../../../../shared/versions.js'
import { useAccess } from '../../access/BoardAccessProvider.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import type { ListSource } from './HistoryPanel.js'
import { SaveVersionForm } from './SaveVersionForm.js'
import { formatTime, groupByDay, versionTitle } from './versionLabel.js'

export interface VersionListProps {
  docId: DocId
  versions: readonly VersionMeta[]
  source: ListSource
  onOpen(version: VersionMeta): void
  onSaved(version: VersionMeta): void
}

export function VersionList({ docId, versions, source, onOpen, onSaved }: VersionListProps) {
  const { t, locale } = useI18n()
  const offline = source === 'cache' || source === 'failed'
  const { readOnly } = useAccess()
  return (
    <div className="history-list">
      {!readOnly && <SaveVersionForm docId={docId} disabled={offline} onSaved={onSaved} />}
      {source === 'failed' && <p className="notice">{t('history.offline')}</p>}
      {source === 'cache' && <p className="notice">{t('history.offlineCached')}</p>}
      {source === 'loading' && versions.length === 0 && <p className="muted">{t('history.loading')}</p>}
      {source === 'server' && versions.length === 0 && <p className="empty empty--inline history-list__empty">{t('history.empty')}</p>}
      {groupByDay(versions, t, locale).map((day) => (
        <section key={day.day} className="history-day" aria-labelledby={`history-day-${day.day}`}>
          <h3 id={`history-day-${day.day}`} className="history-day__title">
            {day.label}
          </h3>
          <ul className="history-versions">
            {day.versions.map((v) => {
              const label = versionTitle(v, versions, t, locale)
              const time = formatTime(v.createdAt, locale)
              return (
                <li key={v.id} className={`history-version history-version--${v.kind}`}>
                  <button
                    type="button"
                    className="history-version__open"
                    disabled={offline}
                    aria-label={t('history.open', { label, time })}
                    onClick={() => onOpen(v)}
                  >
                    <span className="history-version__time">{time}</span>
                    <span className="history-version__label">{label}</span>
                    {v.authors.length > 0 && <span className="history-version__authors">{t('history.authors', { names: v.authors.join(', ') })}</span>}
                  </button>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </div>
  )
}
