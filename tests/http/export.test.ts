import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { draftFragment, draftTemplateId } from '../../shared/draft/index.js'
import { createCard } from '../../shared/schema/kanban.js'
import { appendBlocks } from '../../shared/schema/richText.js'
import { createBoard } from '../helpers/boards.js'
import { connectClient, type TestClient } from '../helpers/clients.js'
import { startServer, type TestServer } from '../helpers/server.js'
import { waitFor } from '../helpers/wait.js'
import { docxParts, paragraphs, tables } from '../export/docxXml.js'
import { FIXTURE, FPG_HEADINGS, fillInitiative } from '../export/fixture.js'

let server: TestServer
const clients: TestClient[] = []
let boardId = ''
let initiative: TestClient
const CARD_ID = 'koryakClub'
/** «Название проекта — ФПГ»; the colon of the name is dropped, as Windows forbids it in file names. */
const FILE_NAME = 'Говорим по-корякски клуб для детей Паланы — ФПГ'

async function open(docId: string): Promise<TestClient> {
  const client = connectClient(server, docId)
  clients.push(client)
  await client.synced()
  return client
}

const get = (path: string) => server.fetch(`/api/initiatives/${path}`)

beforeAll(async () => {
  server = await startServer()
  boardId = (await createBoard(server, { title: 'Палана', settlement: 'Палана' })).id
  const board = await open(`board:${boardId}`)
  createCard(board.doc, { id: CARD_ID, title: 'Клуб корякского языка', createdBy: 'Анна' })
  createCard(board.doc, { id: 'emptyCard', title: 'Субботник на побережье', createdBy: 'Анна' })
  initiative = await open(`initiative:${CARD_ID}`)
  fillInitiative(initiative.doc)
  // One transaction wrote everything: once the server sees the draft, it sees it all.
  await waitFor(async () => (await get(`${CARD_ID}/readiness`)).status === 200, { message: 'the draft on the server' })
})

afterAll(async () => {
  clients.forEach((c) => c.destroy())
  await server.dispose()
})

describe('export of a filled initiative', () => {
  it('streams a Word file with the Russian file name, the form’s headings in order, real tables and the exact texts', async () => {
    const res = await get(`${CARD_ID}/export?format=docx`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const disposition = res.headers.get('content-disposition')!
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(`${FILE_NAME}.docx`)}`)
    expect(disposition).toContain('filename="Govorim po-koryakski klub dlya detey Palany - FPG.docx"')

    const parts = docxParts(Buffer.from(await res.arrayBuffer()))
    expect(parts.has('[Content_Types].xml')).toBe(true)
    const xml = parts.get('word/document.xml')!
    const ps = paragraphs(xml)
    expect(ps.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([...FPG_HEADINGS, 'Проверка готовности'])
    const texts = ps.map((p) => p.text)
    for (const text of [FIXTURE.projectName, FIXTURE.summary, FIXTURE.goal, ...FIXTURE.problem, ...FIXTURE.causes, ...FIXTURE.tasks]) expect(texts, text).toContain(text)
    // The title page: organisation, the card's board, the competition.
    expect(texts).toEqual(expect.arrayContaining([`Организация: ${FIXTURE.organisation}`, 'Модуль: Палана', 'Конкурс: Фонд президентских грантов, 2026, первый конкурс']))

    const all = tables(xml)
    expect(all.length).toBeGreaterThanOrEqual(4)
    const calendar = all.find((t) => t[0]?.[1] === 'Мероприятие')!
    expect(calendar.map((r) => r[0])).toEqual(['№', `Задача 1. ${FIXTURE.tasks[0]}`, '1.1', '1.2', `Задача 2. ${FIXTURE.tasks[1]}`, '2.1', '2.2'])
    const budget = all.find((t) => t[0]?.[1] === 'Наименование расхода')!
    expect(budget.map((r) => r[1])).toEqual(expect.arrayContaining(['Оплата труда', 'Педагог клуба', 'Печать игровых карточек', 'Итого']))
    expect(xml.match(/<w:tbl>/g)?.length).toBe(all.length)
  })

  it('gives the same content as Markdown, in order', async () => {
    const res = await get(`${CARD_ID}/export?format=md&template=fpg-2026`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(`${FILE_NAME}.md`)}`)
    const md = await res.text()
    expect(md.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3))).toEqual([...FPG_HEADINGS, 'Проверка готовности'])
    let at = 0
    for (const text of [FIXTURE.direction, FIXTURE.summary, FIXTURE.problem[1], FIXTURE.goal, FIXTURE.quant[0].indicator, FIXTURE.tasks[1], FIXTURE.member.name, FIXTURE.activities[2].title, 'Печать игровых карточек']) {
      const found = md.indexOf(text, at)
      expect(found, text).toBeGreaterThan(at)
      at = found
    }
  })

  it('renders from the live document: an edit shows in the next export', async () => {
    appendBlocks(draftFragment(initiative.doc, 'future'), [{ type: 'paragraph', text: 'Клуб продолжит работу на базе школы.' }])
    await waitFor(async () => (await (await get(`${CARD_ID}/export?format=md`)).text()).includes('Клуб продолжит работу на базе школы.'), { message: 'the edit in the export' })
  })

  it('lays the draft out in another template on request', async () => {
    const md = await (await get(`${CARD_ID}/export?format=md&template=kamchatka-sonko`)).text()
    expect(md.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3))).toEqual([
      'Название проекта', 'Краткое описание', 'Цель', 'Задачи', 'Обоснование социальной значимости', 'География', 'Целевые группы', 'Сроки реализации',
      'Календарный план', 'Бюджет', 'Не вошло в форму', 'Проверка готовности',
    ])
    expect(draftTemplateId(initiative.doc)).toBe('fpg-2026')
  })

  it('returns the readiness list as JSON with both languages', async () => {
    const res = await get(`${CARD_ID}/readiness`)
    const body = (await res.json()) as { templateId: string; problems: Array<{ severity: string; code: string; fieldId?: string; message: { ru: string; en: string } }> }
    expect(body.templateId).toBe('fpg-2026')
    expect(body.problems.find((p) => p.code === 'field.required' && p.fieldId === 'publicity')).toMatchObject({
      severity: 'error',
      message: { ru: '«13 Информационное сопровождение проекта»: поле не заполнено', en: '“13 Информационное сопровождение проекта”: the field is empty' },
    })
    expect(body.problems.some((p) => p.fieldId === 'summary')).toBe(false)
  })
})

describe('export errors and fallbacks', () => {
  it('400 when the initiative has no draft and no template is given; the card’s title when the draft has none', async () => {
    const none = await get('emptyCard/export?format=md')
    expect(none.status).toBe(400)
    expect(((await none.json()) as { error: { message: string } }).error.message).toMatch(/no draft/)
    expect((await get('emptyCard/readiness')).status).toBe(400)
    // The document does not name its board: the server finds the card on the boards.
    const res = await get('emptyCard/export?format=md&template=free')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Субботник на побережье — Проект.md')}`)
    expect(await res.text()).toMatch(/^# Субботник на побережье\n/)
  })

  it('404 for an unknown template or a malformed id, 400 for a bad format', async () => {
    expect((await get(`${CARD_ID}/export?template=nope`)).status).toBe(404)
    expect((await get('bad:id/export')).status).toBe(404)
    const res = await get(`${CARD_ID}/export?format=pdf`)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/format/)
  })
})
