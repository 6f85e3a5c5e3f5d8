/**
 * Competition templates: the built-in ones (read-only, shipped with the app)
 * and helpers for a curator's copies, which the server keeps in its metadata.
 */
import { FPG_TEMPLATE } from './fpg.js'
import { FREE_TEMPLATE } from './free.js'
import { KAMCHATKA_TEMPLATE } from './kamchatka.js'
import { PFKI_TEMPLATE } from './pfki.js'
import { parseTemplate, type Template } from './types.js'

export * from './types.js'
export * from './directions.js'
export { FPG_BUDGET_ARTICLES } from './fpg.js'

/** The built-in templates, validated and with defaults filled, in the order a picker shows them. */
export const BUILT_IN_TEMPLATES: readonly Template[] = [FPG_TEMPLATE, KAMCHATKA_TEMPLATE, PFKI_TEMPLATE, FREE_TEMPLATE].map(parseTemplate)

/** Id of the ФПГ template (the default choice). */
export const FPG_TEMPLATE_ID: string = FPG_TEMPLATE.id

/** A built-in template, or undefined. */
export function builtInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id)
}

/** True when `id` names a built-in (read-only) template. */
export function isBuiltInTemplateId(id: string): boolean {
  return BUILT_IN_TEMPLATES.some((t) => t.id === id)
}

/** A curator's copy of a template under a new id and name, remembering where it came from. */
export function duplicateTemplate(source: Template, copy: { id: string; name: string }): Template {
  return parseTemplate({ ...structuredClone(source), id: copy.id, name: copy.name, basedOn: source.id })
}
