/**
 * Edits of a template being changed in the editor, as pure functions over
 * plain data (the schema checks the result before saving).
 */
import { FIELD_ID_PATTERN, type BudgetArticle, type Template, type TemplateField, type TemplateSection } from '../../../../shared/templates/index.js'

/** The list with item `index` moved one step up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const to = index + step
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list]
  const out = [...list]
  const [item] = out.splice(index, 1) as [T]
  out.splice(to, 0, item)
  return out
}

/** The list with `item` put back at `index` (clamped). */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const out = [...list]
  out.splice(Math.max(0, Math.min(index, out.length)), 0, item)
  return out
}

/** Every field id and section id in use (a new one must differ: a field's text lives under its id). */
export function usedIds(template: Template): Set<string> {
  return new Set(template.sections.flatMap((s) => [s.id, ...s.fields.map((f) => f.id)]))
}

/** A fresh id like `field3` that no field or section has. */
export function freshId(prefix: string, used: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}${n}`
    if (!used.has(id) && FIELD_ID_PATTERN.test(id)) return id
  }
}

/** A new empty rich-text field. */
export function newField(used: ReadonlySet<string>, title: string): TemplateField {
  return { id: freshId('field', used), number: '', title, kind: 'rich', required: false, hint: '', from: [] }
}

/** A new section with one field (a section needs at least one). */
export function newSection(used: ReadonlySet<string>, title: string, fieldTitle: string): TemplateSection {
  const id = freshId('section', used)
  return { id, number: '', title, fields: [newField(new Set([...used, id]), fieldTitle)] }
}

/** The template with one section replaced. */
export function withSection(template: Template, index: number, change: (s: TemplateSection) => TemplateSection): Template {
  return { ...template, sections: template.sections.map((s, i) => (i === index ? change(s) : s)) }
}

/** The template with one field replaced. */
export function withField(template: Template, section: number, field: number, change: (f: TemplateField) => TemplateField): Template {
  return withSection(template, section, (s) => ({ ...s, fields: s.fields.map((f, i) => (i === field ? change(f) : f)) }))
}

/** The template with one budget article replaced. */
export function withArticle(template: Template, index: number, change: (a: BudgetArticle) => BudgetArticle): Template {
  return { ...template, budgetArticles: template.budgetArticles.map((a, i) => (i === index ? change(a) : a)) }
}

/** An optional whole number from an input ('' = unset). Non-numbers come back as NaN, for the schema to name. */
export function optionalCount(text: string): number | undefined {
  const clean = text.trim()
  return clean === '' ? undefined : Number(clean.replace(',', '.'))
}

/** Options of a choice field, one per line. */
export function optionsFromText(text: string): string[] | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '')
  return lines.length === 0 ? undefined : lines
}
