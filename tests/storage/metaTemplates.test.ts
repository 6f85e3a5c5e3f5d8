import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../server/log.js'
import { LowMetaStore } from '../../server/storage/lowMetaStore.js'
import { builtInTemplate, duplicateTemplate, type Template } from '../../shared/templates/index.js'

const logger = createLogger('silent')
const fpg = builtInTemplate('fpg-2026')!

describe('LowMetaStore: custom templates', () => {
  let root: string
  let file: string
  const stores: LowMetaStore[] = []
  const open = async () => {
    const store = await LowMetaStore.open({ file, logger })
    stores.push(store)
    return store
  }

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'impact-meta-templates-'))
    file = path.join(root, 'meta.json')
  })
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()))
    rmSync(root, { recursive: true, force: true })
  })

  it('saves, lists by Russian name, replaces by id and deletes', async () => {
    const store = await open()
    expect(await store.listTemplates()).toEqual([])
    const ours = duplicateTemplate(fpg, { id: 'ours', name: 'ФПГ — наш вариант' })
    const regional = duplicateTemplate(builtInTemplate('kamchatka-sonko')!, { id: 'reg', name: 'Альтернативный региональный' })
    await store.saveTemplate(ours)
    await store.saveTemplate(regional)
    expect((await store.listTemplates()).map((t) => t.id)).toEqual(['reg', 'ours'])

    const edited: Template = { ...ours, sections: ours.sections.map((s) => ({ ...s, fields: s.fields.map((f) => (f.id === 'summary' ? { ...f, maxChars: 1000 } : f)) })) }
    await store.saveTemplate(edited)
    const listed = await store.listTemplates()
    expect(listed).toHaveLength(2)
    expect(listed.find((t) => t.id === 'ours')?.sections[2]?.fields[0]?.maxChars).toBe(1000)

    expect(await store.deleteTemplate('reg')).toBe(true)
    expect(await store.deleteTemplate('reg')).toBe(false)
    await store.close()
    const reopened = await open()
    expect(await reopened.listTemplates()).toEqual([edited])
  })

  it('refuses an invalid template and skips (but keeps) an invalid stored one', async () => {
    const store = await open()
    await expect(store.saveTemplate({ ...fpg, id: 'bad id' })).rejects.toThrow()
    await store.saveTemplate(duplicateTemplate(fpg, { id: 'good', name: 'Годный' }))
    await store.close()
    const data = JSON.parse(readFileSync(file, 'utf8')) as { templates: unknown[] }
    data.templates.push({ id: 'broken', name: 42 })
    writeFileSync(file, JSON.stringify(data))
    const reopened = await open()
    expect((await reopened.listTemplates()).map((t) => t.id)).toEqual(['good'])
    await reopened.saveTemplate(duplicateTemplate(fpg, { id: 'more', name: 'Ещё' }))
    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as { templates: Array<{ id: string }> }
    expect(onDisk.templates.map((t) => t.id)).toEqual(['good', 'broken', 'more'])
  })

  it('opens a metadata file written before templates existed', async () => {
    writeFileSync(file, JSON.stringify({ version: 1, boards: [], docs: {} }))
    const store = await open()
    expect(await store.listTemplates()).toEqual([])
  })
})
