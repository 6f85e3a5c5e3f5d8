/** The banner of «what changed since your last visit»: the changed fields and who edited since then. */
import { useEffect, useMemo, useState } from 'react'
import * as Y from 'yjs'
import { parseDocId, type DocId } from '../../../../shared/docId.js'
import type { VersionMeta } from '../../../../shared/versions.js'
import { fetchVersion, fetchVersions } from '../../api/versions.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { usePerson } from '../../identity/PersonProvider.js'
import { changedFields, compareFields } from './compare.js'
import { fieldName } from './docFields.js'
import type { VisitSnapshot } from './VisitProvider.js'
import { useFieldReader } from './useDocFields.js'
import { authorsSince } from './versionLabel.js'

/** Field names shown before «и ещё N». */
const SHOWN = 5

export function SinceBanner({ docId, liveDoc, snapshot, onDismiss }: { docId: DocId; liveDoc: Y.Doc; snapshot: VisitSnapshot; onDismiss(): void }) {
  const { t } = useI18n()
  const { person } = usePerson()
  const read = useFieldReader(parseDocId(docId)?.kind ?? 'note')
  const [versions, setVersions] = useState<VersionMeta[] | null>(null)
  const [base, setBase] = useState<Uint8Array | null>(snapshot.update)

  useEffect(() => {
    let live = true
    fetchVersions(docId).then(
      async (list) => {
        if (!live) return
        setVersions(list)
        if (snapshot.update) return
        // No state of this device to compare with: the server's last version from before the visit.
        const before = list.find((v) => Date.parse(v.createdAt) <= Date.parse(snapshot.since))
        if (!before) return
        const { update } = await fetchVersion(docId, before.id)
        if (live) setBase(update)
      },
      () => undefined,
    ).catch(() => undefined)
    return () => {
      live = false
    }
  }, [docId, snapshot])

  // Compared once, when the base is known: what arrives later is seen live, not news from the last visit.
  const changes = useMemo(() => {
    if (!base) return []
    const then = new Y.Doc()
    Y.applyUpdate(then, base)
    const out = changedFields(compareFields(read(then), read(liveDoc)))
    then.destroy()
    return out
  }, [base])
  const authors = versions ? authorsSince(versions, snapshot.since).filter((name) => name !== person?.name) : []

  if (changes.length === 0) return null
  // One entry per item: «Карточка · Срок» and «Карточка · Этап» both say «Карточка» changed.
  const names = [...new Set(changes.map((c) => (c.group === 'body' || c.group === 'canvas' || c.group === 'draft' ? fieldName(c) : c.item)))]
  const shown = names.slice(0, SHOWN)
  return (
    <div className="since-banner" role="status">
      <div className="since-banner__text">
        <p className="since-banner__title">{t('history.since.title')}</p>
        <p className="since-banner__fields">
          {shown.join(', ')}
          {names.length > SHOWN && ` ${t('history.since.more', { count: names.length - SHOWN })}`}
        </p>
        {authors.length > 0 && <p className="since-banner__by">{t('history.since.by', { names: authors.join(', ') })}</p>}
      </div>
      <button type="button" className="button since-banner__dismiss" aria-label={t('history.since.dismissLabel')} onClick={onDismiss}>
        {t('history.since.dismiss')}
      </button>
    </div>
  )
}
