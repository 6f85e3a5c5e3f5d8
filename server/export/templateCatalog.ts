/**
 * The templates a server knows: the built-in ones (shipped, read-only) and
 * the curators' copies in the metadata store, looked up by id.
 */
import { BUILT_IN_TEMPLATES, builtInTemplate, type ListedTemplate, type Template } from '../../shared/templates/index.js'
import type { MetaStore } from '../storage/types.js'

/** Built-in templates first (in their order), then the curators' ones. */
export async function listAllTemplates(meta: MetaStore): Promise<ListedTemplate[]> {
  const custom = await meta.listTemplates()
  return [...BUILT_IN_TEMPLATES.map((t) => ({ ...t, builtIn: true })), ...custom.map((t) => ({ ...t, builtIn: false }))]
}

/** A template by id, built-in or custom; undefined when there is none. */
export async function findTemplate(meta: MetaStore, id: string): Promise<Template | undefined> {
  return builtInTemplate(id) ?? (await meta.listTemplates()).find((t) => t.id === id)
}
