/**
 * Readiness rules for the calendar plan, the project period and the budget
 * (ФПГ's rules: every task has at least two activities; no activity lasts the
 * whole project; the project fits the competition's limit; every cost is tied
 * to an activity; the caps the competition states).
 */
import type * as Y from 'yjs'
import { fieldOfKind, fieldWithRole, leafArticles, type Template } from '../templates/types.js'
import { budgetTotals, costKindOf, priceLine, type BudgetLine, type CostKind } from './budget.js'
import type { Activity } from './calendar.js'
import { listItems, type ListItem } from './fields.js'
import { formatRubles, percentOf } from './money.js'
import { periodMonths, projectPeriod, type ResolvedPeriod } from './period.js'
import type { ReadinessProblem } from './readiness.js'

/** What the plan and budget rules read. */
export interface PlanContext {
  readonly template: Template
  readonly activities: readonly Activity[]
  readonly tasks: readonly ListItem[]
  readonly period: ResolvedPeriod | null
  readonly calendarFieldId: string | null
  readonly periodFieldId: string | null
  readonly budgetFieldId: string | null
}

/** Reads what the rules need from the document. */
export function planContext(doc: Y.Doc, template: Template, activities: readonly Activity[]): PlanContext {
  const tasksField = fieldWithRole(template, 'tasks')
  return {
    template,
    activities,
    tasks: tasksField && tasksField.kind === 'list' ? listItems(doc, tasksField.id) : [],
    period: projectPeriod(doc, activities),
    calendarFieldId: fieldOfKind(template, 'calendarPlan')?.id ?? null,
    periodFieldId: fieldOfKind(template, 'period')?.id ?? null,
    budgetFieldId: fieldOfKind(template, 'budget')?.id ?? null,
  }
}

/** DD.MM.YYYY, the way Russian forms print a day. */
export function ruDate(day: string): string {
  return `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`
}

const activityName = (a: Activity) => (a.title === '' ? '—' : a.title)

/** Tasks with fewer than two activities, activities without task or dates, outside or spanning the period, a period too long. */
export function checkCalendar(c: PlanContext): ReadinessProblem[] {
  const out: ReadinessProblem[] = []
  const { period, template } = c
  if (c.periodFieldId !== null && period !== null && template.maxProjectMonths !== undefined) {
    const months = periodMonths(period.start, period.end)
    if (months > template.maxProjectMonths) {
      out.push({ severity: 'error', code: 'project.tooLong', params: { months, max: template.maxProjectMonths }, fieldId: c.periodFieldId })
    }
  }
  if (c.calendarFieldId === null) return out
  const at = { fieldId: c.calendarFieldId }
  const taskIds = new Set(c.tasks.map((t) => t.id))
  for (const task of c.tasks) {
    const count = c.activities.filter((a) => a.taskId === task.id).length
    if (count < 2) out.push({ severity: 'error', code: 'calendar.taskFewActivities', params: { task: task.text, count }, ...at, rowId: task.id })
  }
  for (const a of c.activities) {
    const row = { ...at, rowId: a.id }
    const activity = activityName(a)
    if (c.tasks.length > 0 && (a.taskId === null || !taskIds.has(a.taskId))) {
      out.push({ severity: 'warning', code: 'calendar.activityNoTask', params: { activity }, ...row })
    }
    if (a.start === null) {
      out.push({ severity: 'warning', code: 'calendar.activityNoDates', params: { activity }, ...row })
      continue
    }
    const end = a.end ?? a.start
    if (end < a.start) {
      out.push({ severity: 'error', code: 'calendar.activityEndsBeforeStart', params: { activity }, ...row })
      continue
    }
    if (period === null) continue
    if (a.start < period.start || end > period.end) {
      out.push({ severity: 'error', code: 'calendar.activityOutsidePeriod', params: { activity, start: ruDate(period.start), end: ruDate(period.end) }, ...row })
    } else if (a.start === period.start && end === period.end && period.start !== period.end) {
      out.push({ severity: 'error', code: 'calendar.activityWholePeriod', params: { activity }, ...row })
    }
  }
  return out
}

const CAPS: ReadonlyArray<{ kind: CostKind; cap: 'salaryPerMonth' | 'hotelPerNight' | 'dailyAllowance'; code: 'budget.salaryCap' | 'budget.hotelCap' | 'budget.dailyAllowanceCap' }> = [
  { kind: 'salary', cap: 'salaryPerMonth', code: 'budget.salaryCap' },
  { kind: 'hotel', cap: 'hotelPerNight', code: 'budget.hotelCap' },
  { kind: 'dailyAllowance', cap: 'dailyAllowance', code: 'budget.dailyAllowanceCap' },
]

/** Lines without activity, price or known article; co-financing over the total; the competition's caps. */
export function checkBudget(c: PlanContext, lines: readonly BudgetLine[]): ReadinessProblem[] {
  if (c.budgetFieldId === null) return []
  const out: ReadinessProblem[] = []
  const at = { fieldId: c.budgetFieldId }
  const { caps } = c.template
  const articles = new Set(leafArticles(c.template).map((a) => a.code))
  const activityIds = new Set(c.activities.map((a) => a.id))
  for (const line of lines.map(priceLine)) {
    const row = { ...at, rowId: line.id }
    const item = line.item === '' ? '—' : line.item
    if (!articles.has(line.article)) out.push({ severity: 'error', code: 'budget.unknownArticle', params: { item, article: line.article }, ...row })
    if (line.unitPrice === 0 || line.quantity === 0) out.push({ severity: 'warning', code: 'budget.emptyLine', params: { item }, ...row })
    if (line.cofinancing > line.total) {
      out.push({ severity: 'error', code: 'budget.cofinancingOverTotal', params: { item, cofinancing: formatRubles(line.cofinancing), total: formatRubles(line.total) }, ...row })
    }
    if (c.calendarFieldId !== null && !line.activityIds.some((id) => activityIds.has(id))) {
      out.push({ severity: 'warning', code: 'budget.lineNoActivity', params: { item }, ...row })
    }
    const kind = costKindOf(line)
    for (const rule of CAPS) {
      const cap = caps[rule.cap]
      if (kind === rule.kind && cap !== undefined && line.unitPrice > cap) {
        out.push({ severity: 'warning', code: rule.code, params: { item, price: formatRubles(line.unitPrice), cap: formatRubles(cap) }, ...row })
      }
    }
  }
  const totals = budgetTotals(lines, c.template.budgetArticles)
  if (caps.subcontractSharePercent !== undefined && totals.requested > 0) {
    const subcontracted = lines.filter((l) => costKindOf(l) === 'subcontract').map(priceLine).reduce((s, l) => s + l.requested, 0)
    const share = percentOf(subcontracted, totals.requested)
    if (share > caps.subcontractSharePercent) {
      out.push({ severity: 'error', code: 'budget.subcontractShare', params: { share: share.toLocaleString('ru-RU'), max: caps.subcontractSharePercent }, ...at })
    }
  }
  if (caps.maxRequested !== undefined && totals.requested > caps.maxRequested) {
    out.push({ severity: 'error', code: 'budget.overMaxRequested', params: { requested: formatRubles(totals.requested), max: formatRubles(caps.maxRequested) }, ...at })
  }
  return out
}
