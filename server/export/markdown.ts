/**
 * The Markdown export (CommonMark with GFM tables): the same title data,
 * sections, tables, counts, «Не вошло в форму» and readiness report as the
 * Word file, for wikis, chats and diffs. Text is escaped only where Markdown
 * would read it as syntax, so it stays readable as plain text.
 */
import { EXPORT_LABELS } from '../../shared/draft/labels.js'
import type { ExportBlock, ExportField, ExportModel, ExportSection, ExportTable, TextRun } from '../../shared/draft/index.js'

/** Escapes inline syntax (emphasis, code, links, HTML). */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<])/g, '\\$1')
}

/** Escapes a line start that Markdown would read as a heading, quote, list or rule. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, (_m, space: string, mark: string) => `${space}${mark.replace(/([#>+\-.)])$/, '\\$1')}`)
}

/** Runs as inline Markdown; marks wrap the text but not its edge spaces (CommonMark needs that). */
function inline(runs: readonly TextRun[]): string {
  const text = runs
    .map((run) => {
      const body = escapeInline(run.text)
      const mark = run.bold && run.italic ? '***' : run.bold ? '**' : run.italic ? '*' : ''
      if (mark === '' || body.trim() === '') return body
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(body) as unknown as [string, string, string, string]
      return `${lead}${mark}${core}${mark}${trail}`
    })
    .join('')
  // A line break inside a paragraph is a backslash at the end of the line.
  return text.split('\n').map(escapeLineStart).join('\\\n')
}

function blocks(list: readonly ExportBlock[]): string[] {
  return list.map((block) => {
    if (block.type === 'heading') return `#### ${escapeInline(block.text)}`
    if (block.type === 'paragraph') return inline(block.runs)
    let n = 0
    return block.items
      .map((item) => {
        const marker = block.ordered ? `${++n}.` : '-'
        return `${'   '.repeat(item.level)}${marker} ${inline(item.runs).replace(/\\\n/g, '\\\n   ')}`
      })
      .join('\n')
  })
}

const cellText = (text: string) => escapeInline(text).replace(/\|/g, '\\|').replace(/\n/g, '<br>')

/** A GFM table; a group row's one cell goes in bold to the first column. */
function table(model: ExportTable): string {
  const head = `| ${model.columns.map((c) => cellText(c.title)).join(' | ')} |`
  const rule = `| ${model.columns.map((c) => (c.numeric ? '---:' : '---')).join(' | ')} |`
  const rows = model.rows.map((row) => {
    const cells = model.columns.map((_, i) => {
      const text = cellText(row.cells[i] ?? '')
      return row.kind !== 'row' && text !== '' ? `**${text}**` : text
    })
    return `| ${cells.join(' | ')} |`
  })
  return [head, rule, ...rows].join('\n')
}

const numbered = (number: string, title: string, dot: boolean) => (number === '' ? title : `${number}${dot ? '.' : ''} ${title}`)

function field(f: ExportField, showHeading: boolean): string[] {
  const out: string[] = []
  if (showHeading) out.push(`### ${escapeInline(numbered(f.number, f.title, false))}`)
  if (f.table) out.push(table(f.table))
  out.push(...blocks(f.blocks))
  if (f.count) out.push(`*${f.count.text}*`)
  return out
}

function section(s: ExportSection): string[] {
  const single = s.fields.length === 1 && s.fields[0]?.title === s.title
  return [`## ${escapeInline(numbered(s.number, s.title, true))}`, ...s.fields.flatMap((f) => field(f, !single))]
}

/** Renders the export model as Markdown. */
export function renderMarkdown(model: ExportModel): string {
  const { titlePage: t, lang } = model
  const meta = [
    [EXPORT_LABELS.competition[lang], [t.competition, t.version].filter((s) => s !== '').join(', ')],
    [EXPORT_LABELS.organisation[lang], t.organisation],
    [EXPORT_LABELS.board[lang], t.board],
    [EXPORT_LABELS.exportedOn[lang], t.dateText],
  ]
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${label}: ${escapeInline(value as string)}`)
  const parts: string[] = [
    `# ${escapeInline(t.projectName === '' ? EXPORT_LABELS.draftOf[lang] : t.projectName)}`,
    [`*${EXPORT_LABELS.draftOf[lang]}*`, ...meta].join('  \n'),
    ...model.sections.flatMap(section),
  ]
  if (model.leftover) {
    parts.push(`## ${escapeInline(model.leftover.title)}`, ...blocks(model.leftover.blocks))
    for (const t of model.leftover.tables) parts.push(`### ${escapeInline(t.title)}`, table(t.table))
  }
  parts.push(`## ${EXPORT_LABELS.readiness[lang]}`)
  parts.push(model.readiness.length === 0 ? EXPORT_LABELS.readinessOk[lang] : model.readiness.map((p) => `- **${EXPORT_LABELS[p.severity][lang]}:** ${escapeInline(p.message)}`).join('\n'))
  return `${parts.join('\n\n')}\n`
}
