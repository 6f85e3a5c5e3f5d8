import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ListedTemplate } from '../../shared/templates/index.js'
import { startServer, type TestServer } from '../helpers/server.js'

let server: TestServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server.dispose()
})

const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
const api = (path: string, init?: RequestInit) => server.fetch(`/api/templates${path}`, init)
const list = async () => (await (await api('')).json()) as ListedTemplate[]

describe('templates REST', () => {
  it('lists the built-in templates with their fields and limits', async () => {
    const templates = await list()
    expect(templates.map((t) => [t.id, t.builtIn])).toEqual([['fpg-2026', true], ['kamchatka-sonko', true], ['pfki', true], ['free', true]])
    const fpg = templates[0]!
    const fields = fpg.sections.flatMap((s) => s.fields)
    expect(fields.find((f) => f.id === 'title')).toMatchObject({ number: '2', maxChars: 300 })
    expect(fields.find((f) => f.id === 'problem')).toMatchObject({ number: '8', maxChars: 5000 })
    const one = await api('/fpg-2026')
    expect(one.status).toBe(200)
    expect(((await one.json()) as ListedTemplate).name).toBe('Заявка ФПГ')
    expect((await api('/nope')).status).toBe(404)
  })

  it('duplicates a template, edits the copy’s limits and deletes it', async () => {
    const created = await api('', json('POST', { copyOf: 'fpg-2026', name: 'ФПГ — наша редакция' }))
    expect(created.status).toBe(201)
    const copy = (await created.json()) as ListedTemplate
    expect(copy).toMatchObject({ name: 'ФПГ — наша редакция', basedOn: 'fpg-2026', builtIn: false })
    expect(copy.id).not.toBe('fpg-2026')
    expect((await list()).map((t) => t.id)).toContain(copy.id)

    // The UI sends back what it read, with a limit set on field 3.
    const edited = { ...copy, sections: copy.sections.map((s) => ({ ...s, fields: s.fields.map((f) => (f.id === 'summary' ? { ...f, maxChars: 2500 } : f)) })) }
    const put = await api(`/${copy.id}`, json('PUT', edited))
    expect(put.status).toBe(200)
    const reread = (await (await api(`/${copy.id}`)).json()) as ListedTemplate
    expect(reread.sections.flatMap((s) => s.fields).find((f) => f.id === 'summary')?.maxChars).toBe(2500)

    expect((await api(`/${copy.id}`, { method: 'DELETE' })).status).toBe(204)
    expect((await api(`/${copy.id}`)).status).toBe(404)
    expect((await api(`/${copy.id}`, { method: 'DELETE' })).status).toBe(404)
  })

  it('creates a template from a whole body', async () => {
    const body = { name: 'Муниципальный конкурс', shortName: 'Муниципалитет', competition: 'Конкурс района', sections: [{ id: 'idea', title: 'Идея', fields: [{ id: 'idea', title: 'Идея проекта', kind: 'rich', maxChars: 1500, from: ['problem', 'goal'] }] }] }
    const res = await api('', json('POST', body))
    expect(res.status).toBe(201)
    const created = (await res.json()) as ListedTemplate
    expect(created.sections[0]?.fields[0]).toMatchObject({ maxChars: 1500, required: false })
    expect((await api('', json('POST', { ...body, id: created.id }))).status).toBe(400)
  })

  it('keeps built-in templates read-only', async () => {
    const fpg = (await (await api('/fpg-2026')).json()) as ListedTemplate
    for (const res of [await api('/fpg-2026', json('PUT', fpg)), await api('/fpg-2026', { method: 'DELETE' }), await api('', json('POST', { ...fpg, builtIn: false }))]) {
      expect(res.status).toBe(400)
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/read-only|exists/)
    }
    expect((await list()).find((t) => t.id === 'fpg-2026')?.name).toBe('Заявка ФПГ')
  })

  it('answers bad bodies with 400 and a message', async () => {
    const bad = async (init: RequestInit, pattern: RegExp) => {
      const res = await api('', init)
      expect(res.status).toBe(400)
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(pattern)
    }
    await bad(json('POST', { copyOf: 'fpg-2026' }), /name/)
    await bad(json('POST', { copyOf: 'missing', name: 'Копия' }), /no template to copy/)
    await bad(json('POST', { name: 'Без разделов', shortName: 'Б', competition: 'К', sections: [] }), /sections/)
    await bad(json('POST', { name: 'Поле', shortName: 'П', competition: 'К', sections: [{ id: 's', title: 'Р', fields: [{ id: 'a', title: 'П', kind: 'poem' }] }] }), /kind/)
    await bad({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{not json' }, /JSON/)
    const copy = (await (await api('', json('POST', { copyOf: 'free', name: 'Свободная 2' }))).json()) as ListedTemplate
    const res = await api(`/${copy.id}`, json('PUT', { ...copy, id: 'other' }))
    expect(res.status).toBe(400)
  })
})
