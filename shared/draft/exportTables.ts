/**
 * The draft's tables as plain rows for the export: the calendar plan grouped
 * by task, quantitative results, the budget per article with totals, the
 * team and the partners. Cells are display strings (dates DD.MM.YYYY, money
 * '1 234,56').
 */
import type { BudgetArticle } from '../templates/types.js'
import { budgetTotals, type BudgetLine, type BudgetTotals } from './budget.js'
import { activitiesByTask, type Activity } from './calendar.js'
import { CONTRIBUTION_TITLES, label, type ExportLabel } from './labels.js'
import type { Lang } from './messages.js'
import { formatAmount, formatQuantity } from './money.js'
import { ruDate } from './readinessPlan.js'
import type { Partner, QuantResult, TeamMember } from './tables.js'

export interface ExportColumn {
  readonly title: string
  /** Right-aligned figures. */
  readonly numeric: boolean
  /** Relative width. */
  readonly width: number
}

/** A row: `group` (a task or an article; one cell spans the table), `row`, or `total` (bold sums). */
export interface ExportRow {
  readonly kind: 'group' | 'row' | 'total'
  readonly cells: readonly string[]
}

export interface ExportTable {
  readonly columns: readonly ExportColumn[]
  readonly rows: readonly ExportRow[]
}

const col = (lang: Lang, key: ExportLabel, width: number, numeric = false): ExportColumn => ({ title: label(key, lang), numeric, width })
const NUMBER_COLUMN: ExportColumn = { title: '№', numeric: false, width: 1 }
const day = (d: string | null) => (d === null ? '' : ruDate(d))

/** The calendar plan: a group row per task («Задача 1. …»), activities numbered 1.1, 1.2… */
export function calendarTable(activities: readonly Activity[], tasks: ReadonlyArray<{ id: string; text: string }>, lang: Lang): ExportTable {
  const rows: ExportRow[] = []
  activitiesByTask(activities, tasks).forEach((group, g) => {
    const heading = group.task === null ? label('noTask', lang) : `${label('colTask', lang)} ${g + 1}. ${group.task.text}`
    rows.push({ kind: 'group', cells: [heading] })
    group.activities.forEach((a, i) => {
      const details = [a.audience === '' ? '' : `${label('forWhom', lang)}: ${a.audience}`, a.place === '' ? '' : `${label('where', lang)}: ${a.place}`].filter((s) => s !== '')
      const what = details.length === 0 ? a.title : `${a.title}\n${details.join('; ')}`
      rows.push({ kind: 'row', cells: [group.task === null ? '' : `${g + 1}.${i + 1}`, what, day(a.start), day(a.end ?? a.start), a.result] })
    })
  })
  return {
    columns: [NUMBER_COLUMN, col(lang, 'colActivity', 5), col(lang, 'colStart', 2), col(lang, 'colEnd', 2), col(lang, 'colResult', 4)],
    rows,
  }
}

/** Quantitative results: indicator and value. */
export function quantTable(results: readonly QuantResult[], lang: Lang): ExportTable {
  return {
    columns: [col(lang, 'colIndicator', 6), col(lang, 'colValue', 2, true)],
    rows: results.map((r) => ({ kind: 'row', cells: [r.indicator, r.value === null ? '' : formatQuantity(r.value)] })),
  }
}

/** The budget: per article a group row with its sums, its lines, then the overall total. */
export function budgetTable(lines: readonly BudgetLine[], articles: readonly BudgetArticle[], lang: Lang): { table: ExportTable; totals: BudgetTotals } {
  const totals = budgetTotals(lines, articles)
  const sums = (t: { total: number; cofinancing: number; requested: number }) => [formatAmount(t.total), formatAmount(t.cofinancing), formatAmount(t.requested)]
  const rows: ExportRow[] = []
  for (const article of totals.articles) {
    rows.push({ kind: 'group', cells: [article.code, article.title, '', '', ...sums(article), ''] })
    for (const line of article.lines) {
      const quantity = line.unit === '' ? formatQuantity(line.quantity) : `${formatQuantity(line.quantity)} ${line.unit}`
      rows.push({ kind: 'row', cells: ['', line.item, formatAmount(line.unitPrice), quantity, ...sums(line), line.comment] })
    }
  }
  rows.push({ kind: 'total', cells: ['', label('total', lang), '', '', ...sums(totals), ''] })
  return {
    table: {
      columns: [
        NUMBER_COLUMN,
        col(lang, 'colItem', 5),
        col(lang, 'colUnitPrice', 2, true),
        col(lang, 'colQuantity', 2, true),
        col(lang, 'colTotal', 2, true),
        col(lang, 'colCofinancing', 2, true),
        col(lang, 'colRequested', 2, true),
        col(lang, 'colComment', 3),
      ],
      rows,
    },
    totals,
  }
}

/** The team: one row per person. */
export function teamTable(team: readonly TeamMember[], lang: Lang): ExportTable {
  return {
    columns: [col(lang, 'colName', 3), col(lang, 'colRole', 3), col(lang, 'colDuties', 4), col(lang, 'colEducation', 4), col(lang, 'colExperience', 4)],
    rows: team.map((m) => ({ kind: 'row', cells: [m.name, m.role, m.duties, m.education, m.experience] })),
  }
}

/** The partners: one row per organisation. */
export function partnersTable(partners: readonly Partner[], lang: Lang): ExportTable {
  return {
    columns: [col(lang, 'colOrganisation', 4), col(lang, 'colPerson', 3), col(lang, 'colPosition', 3), col(lang, 'colContribution', 3), col(lang, 'colDescription', 4), col(lang, 'colLetter', 2)],
    rows: partners.map((p) => ({
      kind: 'row',
      cells: [p.name, p.person, p.position, p.contribution.map((k) => CONTRIBUTION_TITLES[k][lang]).join(', '), p.description, label(p.letter ? 'yes' : 'no', lang)],
    })),
  }
}
