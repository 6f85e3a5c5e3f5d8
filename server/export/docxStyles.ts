/**
 * Named styles of the Word export, so a curator pastes from it or hands it
 * on without fixing formatting: Normal, Title, Heading 1–3, a grey «count»
 * line after each field, a compact table text and the «Grant Table» table
 * style. docx has no builder for table styles, so that one comes as an
 * external stylesheet, which docx merges with its own defaults (imported
 * styles would replace those, headings included).
 */
import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx'

/** Style ids the renderer refers to. */
export const StyleId = {
  count: 'FieldCount',
  tableText: 'TableText',
  table: 'GrantTable',
  meta: 'TitleMeta',
} as const

/** Numbering references for lists. */
export const ListRef = { bullet: 'bullets', ordered: 'numbers' } as const

const FONT = 'Times New Roman'
/** Half-points. */
const SIZE = { normal: 24, small: 20, tiny: 18, h1: 28, h2: 24, h3: 24, title: 36 } as const
const GREY = '767676'

const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`
const TABLE_STYLE_XML =
  `<w:style w:type="table" w:styleId="${StyleId.table}"><w:name w:val="Grant Table"/><w:uiPriority w:val="59"/><w:qFormat/>` +
  `<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="${SIZE.small}"/><w:szCs w:val="${SIZE.small}"/></w:rPr>` +
  `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
  `<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
  `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr></w:tblStylePr>` +
  `</w:style>`

/** The external stylesheet with the table style. */
export const EXTERNAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${TABLE_STYLE_XML}</w:styles>`

/** The document's styles; `language` (e.g. 'ru-RU') is what Word spell-checks the text as. */
export function docxStyles(language: string): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: SIZE.normal, language: { value: language } }, paragraph: { spacing: { after: 120, line: 276 } } },
      title: { run: { font: FONT, size: SIZE.title, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 480 } } },
      heading1: { run: { font: FONT, size: SIZE.h1, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
      heading2: { run: { font: FONT, size: SIZE.h2, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
      heading3: { run: { font: FONT, size: SIZE.h3, bold: true, italics: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
    },
    paragraphStyles: [
      { id: StyleId.count, name: 'Field Count', basedOn: 'Normal', next: 'Normal', run: { size: SIZE.tiny, color: GREY }, paragraph: { spacing: { before: 0, after: 240 } } },
      { id: StyleId.tableText, name: 'Table Text', basedOn: 'Normal', run: { size: SIZE.small }, paragraph: { spacing: { before: 0, after: 0, line: 240 } } },
      { id: StyleId.meta, name: 'Title Meta', basedOn: 'Normal', run: { size: SIZE.normal }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
    ],
  }
}

const indent = (level: number) => ({ paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } })

/** Bullet and numbered lists, three levels each. */
export function docxNumbering(): INumberingOptions {
  const levels = [0, 1, 2]
  return {
    config: [
      { reference: ListRef.bullet, levels: levels.map((level) => ({ level, format: LevelFormat.BULLET, text: ['•', '◦', '▪'][level] as string, alignment: AlignmentType.LEFT, style: indent(level) })) },
      { reference: ListRef.ordered, levels: levels.map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.LEFT, style: indent(level) })) },
    ],
  }
}
