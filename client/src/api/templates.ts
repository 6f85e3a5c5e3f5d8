/**
 * REST access to competition templates, with the last list kept in
 * localStorage: a draft needs its template to show its fields, also offline.
 * Only the draft and template views import this (it brings the zod schema).
 */
import { templateSchema, type ListedTemplate, type Template } from '../../../shared/templates/index.js'
import { ApiError, call } from './http.js'

const CACHE_KEY = 'impact.templates'

/** A listed template checked against the shared schema; null when it is not one. */
function toListed(value: unknown): ListedTemplate | null {
  if (typeof value !== 'object' || value === null) return null
  const { builtIn, ...rest } = value as Record<string, unknown>
  const parsed = templateSchema.safeParse(rest)
  return parsed.success ? { ...parsed.data, builtIn: builtIn === true } : null
}

function expectTemplate(body: unknown, status: number): ListedTemplate {
  const template = toListed(body)
  if (!template) throw new ApiError('internal', status, 'unexpected answer')
  return template
}

/** Every template (built-in first, then curators' copies). Caches the answer. */
export async function fetchTemplates(): Promise<ListedTemplate[]> {
  const body = await call('/api/templates')
  if (!Array.isArray(body)) throw new ApiError('internal', 200, 'unexpected answer')
  const list = body.map(toListed).filter((t): t is ListedTemplate => t !== null)
  saveCache(list)
  return list
}

/** A curator's copy of `copyOf` under `name`. */
export async function duplicateTemplateOnServer(copyOf: string, name: string): Promise<ListedTemplate> {
  return remember(expectTemplate(await call('/api/templates', { method: 'POST', body: JSON.stringify({ copyOf, name }) }), 201))
}

/** Posts a whole template (keeping its id when free): puts a deleted copy back. */
export async function createTemplateOnServer(template: Template): Promise<ListedTemplate> {
  return remember(expectTemplate(await call('/api/templates', { method: 'POST', body: JSON.stringify(template) }), 201))
}

/** Saves a curator's template (fields, limits, articles); built-in ones are read-only. */
export async function saveTemplate(template: Template): Promise<ListedTemplate> {
  const body = await call(`/api/templates/${encodeURIComponent(template.id)}`, { method: 'PUT', body: JSON.stringify(template) })
  return remember(expectTemplate(body, 200))
}

/** Deletes a curator's template. Drafts made from it keep their text; they ask for another template. */
export async function deleteTemplate(id: string): Promise<void> {
  await call(`/api/templates/${encodeURIComponent(id)}`, { method: 'DELETE' })
  saveCache(cachedTemplates().filter((t) => t.id !== id))
}

/** The list as last seen from the server (empty when never loaded). */
export function cachedTemplates(): ListedTemplate[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(CACHE_KEY) ?? '[]')
    return Array.isArray(value) ? value.map(toListed).filter((t): t is ListedTemplate => t !== null) : []
  } catch {
    return []
  }
}

function remember(template: ListedTemplate): ListedTemplate {
  const list = cachedTemplates()
  const at = list.findIndex((t) => t.id === template.id)
  saveCache(at === -1 ? [...list, template] : list.map((t, i) => (i === at ? template : t)))
  return template
}

function saveCache(list: readonly ListedTemplate[]): void {
  try {
    localStorage.setItem(CACHE_KEY, JSON.stringify(list))
  } catch {
    // Storage full or disabled: templates then need the network.
  }
}
