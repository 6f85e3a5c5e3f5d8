/** Live reads of the draft in the initiative document: each re-renders only when its own value changes. */
import { useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import { checkReadiness, countField, draftFragment, draftTemplateId, observeDraft, type FieldCount, type ReadinessProblem } from '../../../../shared/draft/index.js'
import type { Template, TemplateField } from '../../../../shared/templates/index.js'

/** Equal when both serialise the same: rows re-read as new objects but unchanged keep the old ones. */
export function sameJson<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * A value read from the document now and after every change; `same` decides
 * when a new read is no change (so typing in one field re-renders only that
 * field's counter).
 */
export function useDocValue<T>(
  doc: Y.Doc,
  read: (doc: Y.Doc) => T,
  same: (a: T, b: T) => boolean = Object.is,
  /** What to listen to; the whole document by default. */
  source?: Y.XmlFragment,
): T {
  const reader = useRef(read)
  reader.current = read
  const [value, setValue] = useState<T>(() => read(doc))
  useEffect(() => {
    const update = () => setValue((prev) => {
      const next = reader.current(doc)
      return same(prev, next) ? prev : next
    })
    update()
    if (source) {
      source.observeDeep(update)
      return () => source.unobserveDeep(update)
    }
    return observeDraft(doc, update)
    // `same` is a pure comparison: a new closure each render needs no new subscription.
  }, [doc, source])
  return value
}

/** The draft's template id (null: no draft yet). */
export function useDraftTemplateId(doc: Y.Doc): string | null {
  return useDocValue(doc, draftTemplateId)
}

const sameCount = (a: FieldCount, b: FieldCount) => a.count === b.count && a.status === b.status && a.filled === b.filled && a.max === b.max

/** One field's live counter. */
export function useFieldCount(doc: Y.Doc, field: TemplateField): FieldCount {
  // A text field's count changes only with its own text: typing elsewhere does not recount it.
  const source = field.kind === 'text' || field.kind === 'rich' ? draftFragment(doc, field.id) : undefined
  return useDocValue(doc, (d) => countField(d, field), sameCount, source)
}

/** How long the readiness check waits after the last change (it reads every field and row). */
export const READINESS_DEBOUNCE_MS = 300

/** The readiness problems, recomputed a moment after the document stops changing. */
export function useReadiness(doc: Y.Doc, template: Template): ReadinessProblem[] {
  const [problems, setProblems] = useState<ReadinessProblem[]>(() => checkReadiness(doc, template))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const run = () => setProblems(checkReadiness(doc, template))
    run()
    const stop = observeDraft(doc, () => {
      if (timer !== null) clearTimeout(timer)
      timer = setTimeout(run, READINESS_DEBOUNCE_MS)
    })
    return () => {
      stop()
      if (timer !== null) clearTimeout(timer)
    }
  }, [doc, template])
  return problems
}
