/** Reading documents as fields in the person's language, with the draft's template for an initiative. */
import { useCallback, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { DocKind } from '../../../../shared/docId.js'
import { draftTemplateId } from '../../../../shared/draft/meta.js'
import { useTemplates } from '../../api/useTemplates.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { docFields, type DocField } from './docFields.js'

/** A function that reads any version of a document of `kind` as fields (each with its own draft template). */
export function useFieldReader(kind: DocKind): (doc: Y.Doc) => DocField[] {
  const { t, locale } = useI18n()
  const { templates } = useTemplates()
  return useCallback(
    (doc: Y.Doc) => {
      const templateId = kind === 'initiative' ? draftTemplateId(doc) : null
      const template = templateId ? (templates.find((x) => x.id === templateId) ?? null) : null
      return docFields(kind, doc, { t, locale, template })
    },
    [kind, t, locale, templates],
  )
}

/** How long the live fields wait after an edit before they are read again (typing stays smooth). */
const SETTLE_MS = 400

/** The fields of a live document, read again shortly after each change. */
export function useLiveFields(doc: Y.Doc | null, read: (doc: Y.Doc) => DocField[]): DocField[] | null {
  const [fields, setFields] = useState<DocField[] | null>(null)
  useEffect(() => {
    if (!doc) return
    setFields(read(doc))
    let timer: ReturnType<typeof setTimeout> | null = null
    const onUpdate = () => {
      if (timer) return
      timer = setTimeout(() => {
        timer = null
        setFields(read(doc))
      }, SETTLE_MS)
    }
    doc.on('update', onUpdate)
    return () => {
      doc.off('update', onUpdate)
      if (timer) clearTimeout(timer)
    }
  }, [doc, read])
  return fields
}
