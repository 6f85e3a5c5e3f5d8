/**
 * The project draft of an initiative as comparable fields, in the order of
 * its template's form: text fields as text, lists one item per line, choices,
 * the period and each table one row per line. Without the template (a
 * curator's copy not on this device) only the organisation and «Не вошло в
 * форму» are known by name.
 */
import type * as Y from 'yjs'
import { listBudgetLines } from '../../../../shared/draft/budget.js'
import { listActivities } from '../../../../shared/draft/calendar.js'
import { choiceValues, draftFieldText, draftFragment, leftoverFragment, leftoverText, listItems } from '../../../../shared/draft/fields.js'
import { draftOrganisation, draftPeriod, hasDraft } from '../../../../shared/draft/meta.js'
import { formatRubles } from '../../../../shared/draft/money.js'
import { listPartners, listQuantResults, listTeam } from '../../../../shared/draft/tables.js'
import type { TemplateField } from '../../../../shared/templates/types.js'
import { formatDate } from '../../i18n/i18n.js'
import type { DocField, FieldContext } from './docFields.js'

const lines = (values: readonly string[]) => values.filter((v) => v.trim() !== '').join('\n')
const joined = (...parts: Array<string | null | undefined>) => parts.filter((p): p is string => !!p && p.trim() !== '').join(' — ')

function fieldText(doc: Y.Doc, field: TemplateField, { locale }: FieldContext): string {
  const day = (value: string | null) => (value ? formatDate(value, locale) : '')
  const span = (start: string | null, end: string | null) => (start && end && end !== start ? `${day(start)} – ${day(end)}` : day(start ?? end))
  switch (field.kind) {
    case 'text':
    case 'rich':
      return draftFieldText(doc, field.id)
    case 'list':
      return lines(listItems(doc, field.id).map((i) => i.text))
    case 'choice':
      return choiceValues(doc, field.id).join(', ')
    case 'period': {
      const p = draftPeriod(doc)
      return span(p.start, p.end)
    }
    case 'calendarPlan':
      return lines(listActivities(doc).map((a) => joined(a.title, a.place, span(a.start, a.end), a.result)))
    case 'quantResults':
      return lines(listQuantResults(doc).map((r) => joined(r.indicator, r.value === null ? null : String(r.value))))
    case 'budget':
      return lines(listBudgetLines(doc).map((l) => joined(l.article, l.item, `${l.quantity} ${l.unit}`.trim(), formatRubles(l.unitPrice))))
    case 'team':
      return lines(listTeam(doc).map((m) => joined(m.name, m.role, m.duties)))
    case 'partners':
      return lines(listPartners(doc).map((p) => joined(p.name, p.person, p.description)))
  }
}

/** The draft's fields; empty when the initiative has no draft. */
export function draftFields(doc: Y.Doc, ctx: FieldContext): DocField[] {
  if (!hasDraft(doc)) return []
  const { t } = ctx
  const out: DocField[] = []
  const fields = ctx.template ? ctx.template.sections.flatMap((s) => s.fields) : []
  for (const field of fields) {
    const rich = field.kind === 'text' || field.kind === 'rich'
    const item = field.number ? `${field.number}. ${field.title}` : field.title
    out.push({ id: `draft:${field.id}`, group: 'draft', item, part: null, text: fieldText(doc, field, ctx), ...(rich ? { fragment: draftFragment(doc, field.id) } : {}) })
  }
  out.push({ id: 'draft:organisation', group: 'draft', item: t('history.field.organisation'), part: null, text: draftOrganisation(doc) })
  out.push({ id: 'draft:leftover', group: 'draft', item: t('history.field.leftover'), part: null, text: leftoverText(doc), fragment: leftoverFragment(doc) })
  return out
}
