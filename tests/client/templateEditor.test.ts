/** Pure logic of the templates editor: edits over plain data, and the schema's complaints as messages by input. */
import { describe, expect, it } from 'vitest'
import { BUILT_IN_TEMPLATES, templateSchema, type Template } from '../../shared/templates/index.js'
import { readIssues } from '../../client/src/views/templates/issues.js'
import { freshId, insertAt, moveItem, newField, newSection, optionalCount, usedIds, withField } from '../../client/src/views/templates/templateEdits.js'
import { templatesEn, templatesRu } from '../../client/src/i18n/areas/templates.js'

const fpg = () => structuredClone(BUILT_IN_TEMPLATES[0]) as Template

describe('template edits', () => {
  it('moves and inserts without changing the original', () => {
    const list = ['a', 'b', 'c']
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(list, 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(list, 0, -1)).toEqual(['a', 'b', 'c'])
    expect(insertAt(list, 1, 'x')).toEqual(['a', 'x', 'b', 'c'])
    expect(insertAt(list, 9, 'x')).toEqual(['a', 'b', 'c', 'x'])
    expect(list).toEqual(['a', 'b', 'c'])
  })
  it('gives new fields and sections ids nobody has, which the schema accepts', () => {
    const t = fpg()
    const used = usedIds(t)
    expect(freshId('field', new Set(['field1', 'field2']))).toBe('field3')
    const section = newSection(used, 'Новый раздел', 'Новое поле')
    expect(used.has(section.id)).toBe(false)
    expect(section.fields[0]?.id).not.toBe(section.id)
    const grown = { ...t, sections: [...t.sections, section, { ...section, id: freshId('section', new Set([...used, section.id])), fields: [newField(new Set([...used, section.id, section.fields[0]?.id ?? '']), 'Ещё')] }] }
    expect(templateSchema.safeParse(grown).success).toBe(true)
  })
  it('changes one field and keeps the rest', () => {
    const t = fpg()
    const changed = withField(t, 6, 0, (f) => ({ ...f, maxChars: 4000 }))
    expect(changed.sections[6]?.fields[0]?.maxChars).toBe(4000)
    expect(t.sections[6]?.fields[0]?.maxChars).toBe(5000)
    expect(changed.sections[5]).toBe(t.sections[5])
  })
  it('reads counts from inputs', () => {
    expect(optionalCount('')).toBeUndefined()
    expect(optionalCount(' 300 ')).toBe(300)
    expect(optionalCount('abc')).toBeNaN()
  })
})

describe('schema issues as messages', () => {
  const issuesOf = (t: unknown) => {
    const r = templateSchema.safeParse(t)
    if (r.success) throw new Error('expected issues')
    return readIssues(r.error.issues)
  }
  it('puts each complaint at its input', () => {
    const t = fpg() as unknown as Record<string, unknown> & Template
    const bad = {
      ...t,
      name: '',
      sections: t.sections.map((s, i) => (i === 0 ? { ...s, fields: s.fields.map((f, j) => (j === 1 ? { ...f, maxChars: 1.5 } : f)) } : i === 2 ? { ...s, title: 'я'.repeat(301) } : i === 3 ? { ...s, fields: [] } : s)),
      budgetArticles: [{ code: 'a', title: 'Х' }],
      caps: { ...t.caps, subcontractSharePercent: 120 },
    }
    expect(issuesOf(bad).map((i) => [i.path, i.key, i.params])).toEqual([
      ['name', 'templates.issue.required', {}],
      ['sections.0.fields.1.maxChars', 'templates.issue.notInteger', {}],
      ['sections.2.title', 'templates.issue.tooLong', { max: 300 }],
      ['sections.3.fields', 'templates.issue.needField', {}],
      ['budgetArticles.0.code', 'templates.issue.articleCode', {}],
      ['caps.subcontractSharePercent', 'templates.issue.tooBig', { max: 100 }],
    ])
  })
  it('names the refinements: min over max, choice without options, duplicates', () => {
    const t = fpg()
    const field = withField(t, 0, 1, (f) => ({ ...f, minItems: 5, maxItems: 2 }))
    expect(issuesOf(field).map((i) => [i.path, i.key])).toEqual([['sections.0.fields.1', 'templates.issue.minOverMax']])
    const choice = withField(t, 0, 0, (f) => ({ ...f, options: undefined }))
    expect(issuesOf(choice).map((i) => i.key)).toEqual(['templates.issue.choiceOptions'])
    const dup = withField(t, 1, 0, (f) => ({ ...f, id: 'theme' }))
    expect(issuesOf(dup).map((i) => [i.path, i.key, i.params])).toEqual([['', 'templates.issue.duplicateField', { id: 'theme' }]])
  })
  it('has every message in both languages', () => {
    const keys = ['required', 'tooLong', 'tooSmall', 'tooBig', 'notInteger', 'idFormat', 'articleCode', 'needField', 'needSection', 'tooMany', 'minOverMax', 'choiceOptions', 'duplicateField', 'duplicateArticle', 'other'].map((k) => `templates.issue.${k}`)
    for (const key of keys) {
      expect(templatesRu).toHaveProperty([key])
      expect(templatesEn).toHaveProperty([key])
    }
  })
})
