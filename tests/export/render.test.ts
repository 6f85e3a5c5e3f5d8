import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { renderDocx } from '../../server/export/docx.js'
import { asciiFileName, contentDisposition, safeFileName } from '../../server/export/fileName.js'
import { renderMarkdown } from '../../server/export/markdown.js'
import { buildExportModel, draftFragment, switchTemplate, type ExportModel } from '../../shared/draft/index.js'
import { appendBlocks } from '../../shared/schema/richText.js'
import { builtInTemplate } from '../../shared/templates/index.js'
import { docxParts, paragraphs, tables } from './docxXml.js'
import { FIXTURE, FPG_HEADINGS, fillInitiative } from './fixture.js'

const fpg = builtInTemplate('fpg-2026')!
const NOW = new Date('2026-02-10T12:00:00Z')

function model(doc = filled()): ExportModel {
  return buildExportModel(doc, fpg, { cardTitle: 'Карточка', boardTitle: 'Палана', now: NOW, timeZone: 'Asia/Kamchatka' })
}
function filled(): Y.Doc {
  const doc = new Y.Doc()
  fillInitiative(doc)
  return doc
}

describe('export model', () => {
  it('has the title page, the form’s sections in order, counts and the readiness list', () => {
    const m = model()
    expect(m.projectName).toBe(FIXTURE.projectName)
    expect(m.fileTitle).toBe(`${FIXTURE.projectName} — ФПГ`)
    expect(m.titlePage).toMatchObject({ organisation: FIXTURE.organisation, board: 'Палана', competition: 'Фонд президентских грантов', date: '2026-02-11', dateText: '11 февраля 2026 г.' })
    expect(m.sections.map((s) => s.number)).toEqual(fpg.sections.map((s) => s.number))
    const title = m.sections[1]!.fields[0]!
    expect(title.count).toMatchObject({ unit: 'chars', count: FIXTURE.projectName.length, max: 300, text: `${FIXTURE.projectName.length} знака с пробелами из 300` })
    expect(m.sections.find((s) => s.id === 'budget')?.fields[0]?.table?.rows.at(-1)?.cells[1]).toBe('Итого')
    expect(m.readiness.every((p) => p.message !== '')).toBe(true)
  })

  it('falls back to the card’s title and shows tables the form lacks under «Не вошло в форму»', () => {
    const doc = filled()
    switchTemplate(doc, fpg, builtInTemplate('kamchatka-sonko')!)
    draftFragment(doc, 'title').delete(0, draftFragment(doc, 'title').length)
    const m = buildExportModel(doc, builtInTemplate('kamchatka-sonko')!, { cardTitle: 'Карточка', boardTitle: '', now: NOW })
    expect(m.projectName).toBe('Карточка')
    expect(m.leftover?.tables.map((t) => t.title)).toEqual([
      'Количественные результаты (в этой форме такой таблицы нет)',
      'Команда проекта (в этой форме такой таблицы нет)',
    ])
  })
})

describe('Word export', () => {
  it('is a .docx whose document holds the headings in the form’s order, real tables and the exact texts', async () => {
    const parts = docxParts(await renderDocx(model()))
    const xml = parts.get('word/document.xml')!
    const ps = paragraphs(xml)
    expect(ps.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([...FPG_HEADINGS, 'Проверка готовности'])
    expect(ps.find((p) => p.style === 'Title')?.text).toBe(FIXTURE.projectName)
    const texts = ps.map((p) => p.text)
    for (const text of [FIXTURE.summary, FIXTURE.goal, ...FIXTURE.problem, ...FIXTURE.causes, FIXTURE.direction]) expect(texts).toContain(text)
    expect(texts).toContain(`${FIXTURE.summary.length} знаков с пробелами`)
    expect(ps.filter((p) => p.style === 'FieldCount').length).toBeGreaterThan(5)

    const [quant, , calendar, budget] = tables(xml)
    expect(quant?.map((r) => r[0])).toEqual(['Показатель', ...FIXTURE.quant.map((q) => q.indicator)])
    expect(calendar?.[0]).toEqual(['№', 'Мероприятие', 'Дата начала', 'Дата окончания', 'Ожидаемые итоги'])
    expect(calendar?.[1]).toEqual([`Задача 1. ${FIXTURE.tasks[0]}`])
    expect(calendar?.[2]).toEqual(['1.1', `${FIXTURE.activities[0].title}\nдля кого: дети 7–12 лет; где: школа Паланы`, '02.03.2026', '29.05.2026', '30 детей, 12 занятий'])
    const total = budget?.at(-1)
    expect(total?.[1]).toBe('Итого')
    expect(total?.[4]?.replace(/\s/g, ' ')).toBe('285 050,00')
    expect(budget?.find((r) => r[1] === 'Печать игровых карточек')?.slice(2, 7).map((c) => c.replace(/\s/g, ' '))).toEqual(['150,50', '100 шт.', '15 050,00', '500,00', '14 550,00'])

    // Named styles, defined in the file (docx must keep its own defaults beside ours).
    expect(xml).toContain('w:tblStyle w:val="GrantTable"')
    const styles = parts.get('word/styles.xml')!
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'FieldCount', 'TableText', 'GrantTable']) expect(styles, id).toContain(`w:styleId="${id}"`)
    expect(styles.indexOf('<w:docDefaults')).toBeLessThan(styles.indexOf('<w:style '))
    expect(styles).toContain('w:lang w:val="ru-RU"')
    const footer = [...parts].find(([name]) => name.startsWith('word/footer'))?.[1]
    expect(footer).toMatch(/PAGE/)
  })
})

describe('Markdown export', () => {
  it('holds the same headings, texts and tables in order', () => {
    const md = renderMarkdown(model())
    const headings = md.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3))
    expect(headings).toEqual([...FPG_HEADINGS, 'Проверка готовности'])
    expect(md.startsWith(`# ${FIXTURE.projectName}\n`)).toBe(true)
    let at = 0
    for (const text of [FIXTURE.direction, FIXTURE.summary, FIXTURE.problem[0], FIXTURE.causes[1], FIXTURE.goal, FIXTURE.activities[3].title]) {
      const found = md.indexOf(text, at)
      expect(found, text).toBeGreaterThan(at)
      at = found
    }
    expect(md).toContain('| № | Мероприятие | Дата начала | Дата окончания | Ожидаемые итоги |')
    expect(md).toMatch(/\|\s+\| \*\*Итого\*\* \|\s+\|\s+\| \*\*285.050,00\*\* \|/)
    expect(md).toContain(`*${FIXTURE.projectName.length} знака с пробелами из 300*`)
  })

  it('escapes what Markdown would read as syntax, and nothing else', () => {
    const doc = filled()
    appendBlocks(draftFragment(doc, 'future'), [{ type: 'paragraph', text: '# не заголовок, *не* курсив, 1. не список' }, { type: 'paragraph', text: '- и не пункт' }])
    const md = renderMarkdown(model(doc))
    expect(md).toContain('\\# не заголовок, \\*не\\* курсив, 1. не список')
    expect(md).toContain('\\- и не пункт')
  })
})

describe('file names', () => {
  it('keeps the Russian name for RFC 5987 and transliterates the ASCII fallback', () => {
    const header = contentDisposition('Говорим по-корякски — ФПГ', 'docx')
    expect(header).toBe(
      `attachment; filename="Govorim po-koryakski - FPG.docx"; filename*=UTF-8''${encodeURIComponent('Говорим по-корякски — ФПГ.docx')}`,
    )
    expect(safeFileName('a/b\\c:"d"?')).toBe('a b c d')
    expect(safeFileName('   ')).toBe('export')
    expect(asciiFileName('«Ёлка» (2026)')).toBe('Elka (2026)')
    expect(contentDisposition("it's (1)", 'md')).toContain("filename*=UTF-8''it%27s%20%281%29.md")
  })
})
