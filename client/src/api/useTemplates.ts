/**
 * The templates a view can offer: the built-in ones are in the bundle (so a
 * draft opens offline on any device), curators' copies come from the server
 * and, without a network, from the last list this device saw.
 */
import { useCallback, useEffect, useState } from 'react'
import { BUILT_IN_TEMPLATES, type ListedTemplate } from '../../../shared/templates/index.js'
import type { Source } from './useBoards.js'
import { cachedTemplates, fetchTemplates } from './templates.js'

export interface TemplateList {
  templates: ListedTemplate[]
  source: Source
  reload(): void
}

const BUNDLED: ListedTemplate[] = BUILT_IN_TEMPLATES.map((t) => ({ ...t, builtIn: true }))

/** Built-in templates first, then curators' copies; a server copy wins over the bundled one. */
function merge(list: readonly ListedTemplate[]): ListedTemplate[] {
  const byId = new Map<string, ListedTemplate>(BUNDLED.map((t) => [t.id, t]))
  for (const t of list) byId.set(t.id, t)
  return [...byId.values()]
}

/** Loads the template list; retries when the network comes back. */
export function useTemplates(): TemplateList {
  const [templates, setTemplates] = useState<ListedTemplate[]>(() => merge(cachedTemplates()))
  const [source, setSource] = useState<Source>('loading')
  const [attempt, setAttempt] = useState(0)
  const reload = useCallback(() => setAttempt((n) => n + 1), [])

  useEffect(() => {
    let live = true
    fetchTemplates().then(
      (list) => {
        if (!live) return
        setTemplates(merge(list))
        setSource('server')
      },
      () => {
        if (!live) return
        setTemplates(merge(cachedTemplates()))
        setSource('cache')
      },
    )
    return () => {
      live = false
    }
  }, [attempt])

  useEffect(() => {
    window.addEventListener('online', reload)
    return () => window.removeEventListener('online', reload)
  }, [reload])

  return { templates, source, reload }
}
