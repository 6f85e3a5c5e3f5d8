/**
 * The Word export: a title page, then the form's sections in its numbering
 * and order (Heading 1 per section, Heading 2 per field when a section has
 * several), real Word tables for the calendar plan, results, budget, team and
 * partners, a grey «N знаков с пробелами из M» line after each counted field,
 * «Не вошло в форму», the readiness report, and page numbers in the footer.
 * Drawn from the export model only.
 */
import {
  AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun,
  WidthType, type FileChild, type ParagraphChild,
} from 'docx'
import { EXPORT_LABELS } from '../../shared/draft/labels.js'
import type { ExportBlock, ExportField, ExportModel, ExportSection, ExportTable, TextRun as ModelRun } from '../../shared/draft/index.js'
import { docxNumbering, docxStyles, EXTERNAL_STYLES, ListRef, StyleId } from './docxStyles.js'

/** Text width of an A4 page with 2 cm margins, in twips. */
const TEXT_WIDTH = 11906 - 2 * 1134

/** Runs with line breaks: '\n' inside a run starts a new line. */
function runs(model: readonly ModelRun[], extra: { bold?: boolean } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = []
  for (const run of model) {
    run.text.split('\n').forEach((part, i) => {
      out.push(new TextRun({ text: part, break: i > 0 ? 1 : undefined, bold: run.bold || extra.bold || undefined, italics: run.italic || undefined }))
    })
  }
  return out
}

/** Word paragraphs of text blocks; each numbered list restarts at 1. */
function blocks(list: readonly ExportBlock[], counter: { lists: number }): Paragraph[] {
  return list.flatMap((block) => {
    if (block.type === 'heading') return [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(block.text)] })]
    if (block.type === 'paragraph') return [new Paragraph({ children: runs(block.runs) })]
    const instance = ++counter.lists
    return block.items.map(
      (item) =>
        new Paragraph({
          numbering: { reference: block.ordered ? ListRef.ordered : ListRef.bullet, level: Math.min(item.level, 2), instance },
          children: runs(item.runs),
        }),
    )
  })
}

function cell(text: string, options: { bold?: boolean; numeric?: boolean; span?: number; shade?: boolean; width?: number }): TableCell {
  return new TableCell({
    columnSpan: options.span,
    width: options.width === undefined ? undefined : { size: options.width, type: WidthType.DXA },
    shading: options.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } : undefined,
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          style: StyleId.tableText,
          alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: line, bold: options.bold || undefined })],
        }),
    ),
  })
}

/** A real Word table with a repeated header row; group rows are shaded, totals bold. */
function table(model: ExportTable): Table {
  const sum = model.columns.reduce((s, c) => s + c.width, 0)
  const widths = model.columns.map((c) => Math.round((TEXT_WIDTH * c.width) / sum))
  const header = new TableRow({ tableHeader: true, children: model.columns.map((c, i) => cell(c.title, { bold: true, width: widths[i] })) })
  const rows = model.rows.map((row) => {
    if (row.kind === 'group' && row.cells.length === 1) {
      return new TableRow({ children: [cell(row.cells[0] ?? '', { bold: true, shade: true, span: model.columns.length })] })
    }
    const strong = row.kind !== 'row'
    return new TableRow({
      children: model.columns.map((c, i) => cell(row.cells[i] ?? '', { bold: strong, numeric: c.numeric, shade: row.kind === 'group', width: widths[i] })),
    })
  })
  return new Table({ style: StyleId.table, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] })
}

const numbered = (number: string, title: string, dot: boolean) => (number === '' ? title : `${number}${dot ? '.' : ''} ${title}`)

function field(f: ExportField, showHeading: boolean, counter: { lists: number }): FileChild[] {
  const out: FileChild[] = []
  if (showHeading) out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(numbered(f.number, f.title, false))] }))
  if (f.table) out.push(table(f.table))
  out.push(...blocks(f.blocks, counter))
  if (f.count) out.push(new Paragraph({ style: StyleId.count, children: [new TextRun(f.count.text)] }))
  return out
}

function section(s: ExportSection, counter: { lists: number }): FileChild[] {
  // A section with one field of the same name needs no second heading.
  const single = s.fields.length === 1 && s.fields[0]?.title === s.title
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(numbered(s.number, s.title, true))] }),
    ...s.fields.flatMap((f) => field(f, !single, counter)),
  ]
}

function titlePage(model: ExportModel): Paragraph[] {
  const { titlePage: t, lang } = model
  const meta = (label: string, value: string) => (value === '' ? [] : [new Paragraph({ style: StyleId.meta, children: [new TextRun(`${label}: ${value}`)] })])
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(t.projectName === '' ? EXPORT_LABELS.draftOf[lang] : t.projectName)] }),
    new Paragraph({ style: StyleId.meta, children: [new TextRun(EXPORT_LABELS.draftOf[lang])] }),
    ...meta(EXPORT_LABELS.competition[lang], [t.competition, t.version].filter((s) => s !== '').join(', ')),
    ...meta(EXPORT_LABELS.organisation[lang], t.organisation),
    ...meta(EXPORT_LABELS.board[lang], t.board),
    ...meta(EXPORT_LABELS.exportedOn[lang], t.dateText),
  ]
}

function leftover(model: ExportModel, counter: { lists: number }): FileChild[] {
  if (!model.leftover) return []
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(model.leftover.title)] }),
    ...blocks(model.leftover.blocks, counter),
    ...model.leftover.tables.flatMap((t) => [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(t.title)] }), table(t.table)]),
  ]
}

function report(model: ExportModel): Paragraph[] {
  const { lang } = model
  const items = model.readiness.map(
    (p) =>
      new Paragraph({
        numbering: { reference: ListRef.bullet, level: 0 },
        children: [new TextRun({ text: `${EXPORT_LABELS[p.severity][lang]}: `, bold: true }), new TextRun(p.message)],
      }),
  )
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(EXPORT_LABELS.readiness[lang])] }),
    ...(items.length === 0 ? [new Paragraph(EXPORT_LABELS.readinessOk[lang])] : items),
  ]
}

/** Renders the export model as a .docx file. */
export async function renderDocx(model: ExportModel): Promise<Buffer> {
  const counter = { lists: 0 }
  const page = { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } }
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] })
  const doc = new Document({
    creator: 'Impact Board',
    title: model.fileTitle,
    externalStyles: EXTERNAL_STYLES,
    styles: docxStyles(model.lang === 'ru' ? 'ru-RU' : 'en-GB'),
    numbering: docxNumbering(),
    sections: [
      { properties: { page }, children: titlePage(model) },
      {
        properties: { page },
        footers: { default: footer },
        children: [...model.sections.flatMap((s) => section(s, counter)), ...leftover(model, counter), ...report(model)],
      },
    ],
  })
  return Packer.toBuffer(doc)
}
