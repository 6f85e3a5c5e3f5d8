/**
 * The export model: one plain object from the initiative document, its
 * board card and a template — title page, the form's sections in order with
 * each field's text blocks or table and its count against the limit,
 * «Не вошло в форму», and the readiness report. Every renderer (Word,
 * Markdown, later PDF) draws this object and nothing else, so they agree.
 */
import type * as Y from 'yjs'
import { fieldWithRole, templateFields, type FieldKind, type Template, type TemplateField, type TemplateSection } from '../templates/types.js'
import { listBudgetLines } from './budget.js'
import { listActivities } from './calendar.js'
import { countField, type FieldCount, type LimitStatus } from './counting.js'
import { choiceValues, draftFieldText, draftFragment, leftoverFragment, listItems } from './fields.js'
import { budgetTable, calendarTable, partnersTable, quantTable, teamTable, type ExportTable } from './exportTables.js'
import { charsWord, EXPORT_LABELS, label } from './labels.js'
import { fillMessage, readinessMessage, type Lang } from './messages.js'
import { draftOrganisation } from './meta.js'
import { projectPeriod } from './period.js'
import { checkReadiness, sortProblems, type ReadinessProblem } from './readiness.js'
import { ruDate } from './readinessPlan.js'
import { fragmentBlocks, plainParagraph, type ExportBlock } from './richBlocks.js'
import { listPartners, listQuantResults, listTeam } from './tables.js'

/** A field's count as the export prints it («N знаков с пробелами из M»); null when there is nothing to count. */
export interface ExportCount {
  readonly unit: 'chars' | 'items'
  readonly count: number
  readonly max: number | null
  readonly status: LimitStatus
  readonly text: string
}

export interface ExportField {
  readonly id: string
  readonly number: string
  readonly title: string
  readonly kind: FieldKind
  readonly blocks: readonly ExportBlock[]
  readonly table: ExportTable | null
  readonly count: ExportCount | null
}

export interface ExportSection {
  readonly id: string
  readonly number: string
  readonly title: string
  readonly fields: readonly ExportField[]
}

/** A readiness problem with its message in the export's language. */
export type ExportProblem = ReadinessProblem & { readonly message: string }

export interface ExportModel {
  readonly lang: Lang
  /** The project's name: the draft's title field, else the card's title. */
  readonly projectName: string
  /** «Название проекта — ФПГ», the file name without extension. */
  readonly fileTitle: string
  readonly titlePage: {
    readonly projectName: string
    readonly organisation: string
    readonly board: string
    readonly competition: string
    readonly templateName: string
    readonly version: string
    /** `YYYY-MM-DD` and as words («27 ноября 2026 г.»). */
    readonly date: string
    readonly dateText: string
  }
  readonly sections: readonly ExportSection[]
  /** «Не вошло в форму»: text a template switch had no place for, and tables this form has no field for. */
  readonly leftover: { readonly title: string; readonly blocks: readonly ExportBlock[]; readonly tables: ReadonlyArray<{ readonly title: string; readonly table: ExportTable }> } | null
  readonly readiness: readonly ExportProblem[]
}

/** What the export knows beyond the initiative document. */
export interface ExportContext {
  /** The kanban card's title ('' when the card was not found). */
  readonly cardTitle: string
  /** The board's title and settlement, for the title page. */
  readonly boardTitle: string
  readonly now: Date
  readonly lang?: Lang
  /** IANA zone for the date on the title page (the server's by default). */
  readonly timeZone?: string
}

const TABLE_TITLES = { calendarPlan: 'tableCalendarPlan', quantResults: 'tableQuantResults', budget: 'tableBudget', team: 'tableTeam', partners: 'tablePartners' } as const

function exportCount(c: FieldCount, lang: Lang): ExportCount | null {
  if (c.unit === 'chars') {
    const params = { count: c.count, limit: c.max ?? '', chars: charsWord(c.count, lang) }
    const text = fillMessage(label(c.max === null ? 'chars' : 'charsOf', lang), params)
    return { unit: 'chars', count: c.count, max: c.max, status: c.status, text }
  }
  if (c.unit === 'items' && c.max !== null) {
    return { unit: 'items', count: c.count, max: c.max, status: c.status, text: fillMessage(label('itemsOf', lang), { count: c.count, max: c.max }) }
  }
  return null
}

/** The table of a table kind, or null when it has no rows (an empty table is not printed). */
function tableOf(doc: Y.Doc, template: Template, kind: FieldKind, lang: Lang): { table: ExportTable; after: ExportBlock[] } | null {
  switch (kind) {
    case 'calendarPlan': {
      const activities = listActivities(doc)
      const tasksField = fieldWithRole(template, 'tasks')
      const tasks = tasksField ? listItems(doc, tasksField.id) : []
      return activities.length === 0 ? null : { table: calendarTable(activities, tasks, lang), after: [] }
    }
    case 'quantResults': {
      const rows = listQuantResults(doc)
      return rows.length === 0 ? null : { table: quantTable(rows, lang), after: [] }
    }
    case 'budget': {
      const lines = listBudgetLines(doc)
      if (lines.length === 0) return null
      const { table, totals } = budgetTable(lines, template.budgetArticles, lang)
      const share = totals.cofinancingPercent.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB')
      return { table, after: [plainParagraph(fillMessage(label('cofinancingShare', lang), { share }))] }
    }
    case 'team': {
      const rows = listTeam(doc)
      return rows.length === 0 ? null : { table: teamTable(rows, lang), after: [] }
    }
    case 'partners': {
      const rows = listPartners(doc)
      return rows.length === 0 ? null : { table: partnersTable(rows, lang), after: [] }
    }
    default:
      return null
  }
}

function exportField(doc: Y.Doc, template: Template, field: TemplateField, lang: Lang): ExportField {
  const base = { id: field.id, number: field.number, title: field.title, kind: field.kind, count: exportCount(countField(doc, field), lang) }
  switch (field.kind) {
    case 'text':
    case 'rich':
      return { ...base, blocks: fragmentBlocks(draftFragment(doc, field.id)), table: null }
    case 'list': {
      const items = listItems(doc, field.id).filter((i) => i.text !== '')
      const blocks: ExportBlock[] = items.length === 0 ? [] : [{ type: 'list', ordered: field.role === 'tasks', items: items.map((i) => ({ runs: [{ text: i.text }], level: 0 })) }]
      return { ...base, blocks, table: null }
    }
    case 'choice': {
      const values = choiceValues(doc, field.id)
      const blocks: ExportBlock[] = values.length <= 1 ? values.map(plainParagraph) : [{ type: 'list', ordered: false, items: values.map((v) => ({ runs: [{ text: v }], level: 0 })) }]
      return { ...base, blocks, table: null }
    }
    case 'period': {
      const period = projectPeriod(doc)
      const text = period === null ? label('notSet', lang) : fillMessage(label('period', lang), { start: ruDate(period.start), end: ruDate(period.end) })
      return { ...base, blocks: [plainParagraph(text)], table: null }
    }
    default: {
      // An empty table is not drawn; a line says so, so the gap is seen.
      const table = tableOf(doc, template, field.kind, lang)
      return { ...base, blocks: table?.after ?? [plainParagraph(label('notSet', lang))], table: table?.table ?? null }
    }
  }
}

function exportSection(doc: Y.Doc, template: Template, section: TemplateSection, lang: Lang): ExportSection {
  return { id: section.id, number: section.number, title: section.title, fields: section.fields.map((f) => exportField(doc, template, f, lang)) }
}

/** Tables with rows that this form has no field for (kept in the draft; shown so nothing is hidden). */
function orphanTables(doc: Y.Doc, template: Template, lang: Lang): Array<{ title: string; table: ExportTable }> {
  const kinds = new Set(templateFields(template).map((f) => f.kind))
  const out: Array<{ title: string; table: ExportTable }> = []
  for (const kind of ['calendarPlan', 'quantResults', 'budget', 'team', 'partners'] as const) {
    if (kinds.has(kind)) continue
    const table = tableOf(doc, template, kind, lang)
    if (table) out.push({ title: fillMessage(label('tableNotInForm', lang), { table: label(TABLE_TITLES[kind], lang) }), table: table.table })
  }
  return out
}

/** The project's name: the draft's title field, else the card's title. */
export function projectName(doc: Y.Doc, template: Template, cardTitle: string): string {
  const field = fieldWithRole(template, 'title')
  const fromDraft = field ? draftFieldText(doc, field.id).replace(/\s+/g, ' ').trim() : ''
  return fromDraft !== '' ? fromDraft : cardTitle.trim()
}

/** Builds the export model of an initiative's draft laid out in `template`. */
export function buildExportModel(doc: Y.Doc, template: Template, context: ExportContext): ExportModel {
  const lang = context.lang ?? 'ru'
  const name = projectName(doc, template, context.cardTitle)
  const leftoverBlocks = fragmentBlocks(leftoverFragment(doc))
  const tables = orphanTables(doc, template, lang)
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: context.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(context.now)
  const dateText = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { timeZone: context.timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(context.now)
  return {
    lang,
    projectName: name,
    fileTitle: `${name === '' ? EXPORT_LABELS.draftOf[lang] : name} — ${template.shortName}`,
    titlePage: {
      projectName: name,
      organisation: draftOrganisation(doc),
      board: context.boardTitle,
      competition: template.competition,
      templateName: template.name,
      version: template.version,
      date,
      dateText,
    },
    sections: template.sections.map((s) => exportSection(doc, template, s, lang)),
    leftover: leftoverBlocks.length === 0 && tables.length === 0 ? null : { title: label('leftover', lang), blocks: leftoverBlocks, tables },
    readiness: sortProblems(checkReadiness(doc, template)).map((p) => ({ ...p, message: readinessMessage(p.code, p.params, lang) })),
  }
}
