/**
 * The readiness check: what keeps a draft from being submitted (errors) and
 * what experts will mark down (warnings), each pointing at the field or row
 * to jump to. Messages come from `messages.ts` by code; parameters are
 * already formatted for display (money, dates).
 */
import type * as Y from 'yjs'
import { templateFields, type Template, type TemplateField } from '../templates/types.js'
import { listBudgetLines } from './budget.js'
import { listActivities } from './calendar.js'
import { countField } from './counting.js'
import { choiceValues } from './fields.js'
import type { MessageParams, ReadinessCode } from './messages.js'
import { checkBudget, checkCalendar, planContext } from './readinessPlan.js'

export type Severity = 'error' | 'warning'

/** One problem of the draft. */
export interface ReadinessProblem {
  readonly severity: Severity
  readonly code: ReadinessCode
  /** Fills the message's `{name}` placeholders. */
  readonly params: MessageParams
  /** The field to jump to. */
  readonly fieldId?: string
  /** The row (activity, task, budget line…) to jump to. */
  readonly rowId?: string
}

/** A field's name in messages: its number and title («8 Описание проблемы…»). */
export function fieldLabel(field: TemplateField): string {
  return field.number === '' ? field.title : `${field.number} ${field.title}`
}

/** Required, limits, item counts and choice options of every field. */
export function checkFields(doc: Y.Doc, template: Template): ReadinessProblem[] {
  const out: ReadinessProblem[] = []
  for (const field of templateFields(template)) {
    const c = countField(doc, field)
    const at = { fieldId: field.id }
    const name = fieldLabel(field)
    if (field.required && !c.filled) out.push({ severity: 'error', code: 'field.required', params: { field: name }, ...at })
    if (c.unit === 'chars' && c.max !== null && c.count > c.max) {
      out.push({ severity: 'error', code: 'field.overLimit', params: { field: name, count: c.count, limit: c.max }, ...at })
    }
    if (c.unit === 'items' && c.count > 0 && c.min !== null && c.count < c.min) {
      out.push({ severity: 'error', code: 'field.tooFewItems', params: { field: name, count: c.count, min: c.min }, ...at })
    }
    if (c.unit === 'items' && c.max !== null && c.count > c.max) {
      out.push({ severity: 'error', code: 'field.tooManyItems', params: { field: name, count: c.count, max: c.max }, ...at })
    }
    if (field.kind === 'choice') {
      for (const value of choiceValues(doc, field.id)) {
        if (!(field.options ?? []).includes(value)) out.push({ severity: 'warning', code: 'field.unknownOption', params: { field: name, value }, ...at })
      }
    }
  }
  return out
}

/** Every problem of the draft laid out in `template`: fields in the form's order, then the plan, then the budget. */
export function checkReadiness(doc: Y.Doc, template: Template): ReadinessProblem[] {
  const activities = listActivities(doc)
  const context = planContext(doc, template, activities)
  return [...checkFields(doc, template), ...checkCalendar(context), ...checkBudget(context, listBudgetLines(doc))]
}

/** Errors first, then warnings, keeping the order within each. */
export function sortProblems(problems: readonly ReadinessProblem[]): ReadinessProblem[] {
  return [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')]
}
