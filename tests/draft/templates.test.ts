import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_TEMPLATES, builtInTemplate, duplicateTemplate, FPG_DIRECTIONS, findField, isBuiltInTemplateId, leafArticles, PFKI_DIRECTIONS,
  templateFields, templateSchema, TRADITIONAL_VALUES, type TemplateInput,
} from '../../shared/templates/index.js'

const fpg = builtInTemplate('fpg-2026')!
const field = (id: string) => findField(fpg, id)!

describe('built-in templates', () => {
  it('all validate against the schema and have unique ids', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual(['fpg-2026', 'kamchatka-sonko', 'pfki', 'free'])
    for (const template of BUILT_IN_TEMPLATES) {
      expect(templateSchema.safeParse(template).success).toBe(true)
      expect(isBuiltInTemplateId(template.id)).toBe(true)
    }
    expect(isBuiltInTemplateId('my-copy')).toBe(false)
  })

  it('ФПГ: fields 1–15 in the form’s numbering and order, then team, calendar plan and budget', () => {
    expect(fpg.sections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5–6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '', '', ''])
    expect(fpg.sections.slice(-3).map((s) => s.title)).toEqual(['Руководитель и команда проекта', 'Календарный план', 'Бюджет'])
    expect(field('title')).toMatchObject({ number: '2', title: 'Название проекта', kind: 'text', role: 'title', required: true })
    expect(field('problem')).toMatchObject({ number: '8', title: 'Описание проблемы целевой группы, обоснование социальной значимости', kind: 'rich' })
    expect(field('videos')).toMatchObject({ number: '3.2', kind: 'list' })
  })

  it('ФПГ: the limits GRANTS.md states, and no invented ones', () => {
    expect(field('title').maxChars).toBe(300)
    expect(field('problem').maxChars).toBe(5000)
    expect(field('videos').maxItems).toBe(3)
    expect(field('direction')).toMatchObject({ kind: 'choice', maxItems: 1, options: [...FPG_DIRECTIONS] })
    expect(FPG_DIRECTIONS).toHaveLength(11)
    expect(fpg.maxProjectMonths).toBe(18)
    // «unknown» in GRANTS.md: no limit.
    for (const id of ['theme', 'summary', 'geography', 'targetGroups', 'goal', 'qualResults', 'tasks', 'publicity', 'future', 'resources']) {
      expect(field(id).maxChars, id).toBeUndefined()
      expect(field(id).maxItems, id).toBeUndefined()
    }
    const withChars = templateFields(fpg).filter((f) => f.maxChars !== undefined).map((f) => f.id)
    expect(withChars).toEqual(['title', 'problem'])
  })

  it('ФПГ: nine budget articles with 1.1–1.3 under pay, and the stated caps', () => {
    expect(fpg.budgetArticles.filter((a) => !a.code.includes('.')).map((a) => a.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'])
    expect(fpg.budgetArticles.filter((a) => a.code.startsWith('1.')).map((a) => a.code)).toEqual(['1.1', '1.2', '1.3'])
    expect(leafArticles(fpg).map((a) => a.code)).toEqual(['1.1', '1.2', '1.3', '2', '3', '4', '5', '6', '7', '8', '9'])
    expect(fpg.caps).toMatchObject({ salaryPerMonth: 8_000_000, hotelPerNight: 800_000, dailyAllowance: 70_000, subcontractSharePercent: 30 })
  })

  it('the regional competition: its sections in order, no limits set', () => {
    const regional = builtInTemplate('kamchatka-sonko')!
    expect(regional.sections.map((s) => s.title)).toEqual([
      'Название проекта', 'Краткое описание', 'Цель', 'Задачи', 'Обоснование социальной значимости', 'География', 'Целевые группы',
      'Сроки реализации', 'Календарный план', 'Бюджет',
    ])
    for (const f of templateFields(regional)) {
      expect(f.maxChars, f.id).toBeUndefined()
      expect(f.maxItems, f.id).toBeUndefined()
    }
    expect(regional.caps.maxRequested).toBe(100_000_000)
  })

  it('ПФКИ: 12 directions, the traditional values question, no character limits', () => {
    const pfki = builtInTemplate('pfki')!
    expect(PFKI_DIRECTIONS).toHaveLength(12)
    expect(TRADITIONAL_VALUES).toHaveLength(17)
    expect(findField(pfki, 'direction')?.options).toEqual([...PFKI_DIRECTIONS])
    expect(findField(pfki, 'values')?.options).toEqual([...TRADITIONAL_VALUES])
    expect(templateFields(pfki).every((f) => f.maxChars === undefined)).toBe(true)
  })

  it('every field that reads the canvas names real canvas blocks', () => {
    const free = builtInTemplate('free')!
    expect(templateFields(free).flatMap((f) => f.from)).toEqual(
      expect.arrayContaining(['problem', 'causes', 'targetGroups', 'goal', 'tasks', 'activities', 'results', 'resources', 'partners', 'risks', 'geography']),
    )
  })
})

describe('template schema', () => {
  const minimal: TemplateInput = { id: 'mine', name: 'Моя', shortName: 'М', competition: 'Конкурс', sections: [{ id: 's', title: 'Раздел', fields: [{ id: 'a', title: 'Поле', kind: 'rich' }] }] }

  it('fills defaults for a minimal template', () => {
    const parsed = templateSchema.parse(minimal)
    expect(parsed.sections[0]?.fields[0]).toMatchObject({ number: '', required: false, hint: '', from: [] })
    expect(parsed.budgetArticles).toEqual([])
  })

  it('rejects duplicate field ids, a choice without options, min over max, unknown keys and canvas blocks', () => {
    const bad = (patch: object) => templateSchema.safeParse({ ...minimal, sections: [{ id: 's', title: 'Раздел', fields: [patch] }] }).success
    expect(bad({ id: 'a', title: 'Поле', kind: 'choice' })).toBe(false)
    expect(bad({ id: 'a', title: 'Поле', kind: 'list', minItems: 3, maxItems: 2 })).toBe(false)
    expect(bad({ id: 'a', title: 'Поле', kind: 'rich', colour: 'red' })).toBe(false)
    expect(bad({ id: 'a', title: 'Поле', kind: 'rich', from: ['budget'] })).toBe(false)
    expect(bad({ id: 'a', title: 'Поле', kind: 'rich', maxChars: -1 })).toBe(false)
    const twice = { ...minimal, sections: [{ id: 's', title: 'Р', fields: [{ id: 'a', title: 'П', kind: 'rich' }, { id: 'a', title: 'П2', kind: 'text' }] }] }
    expect(templateSchema.safeParse(twice).success).toBe(false)
    expect(templateSchema.safeParse({ ...minimal, id: 'has space' }).success).toBe(false)
  })

  it('duplicates a template under a new id and name, remembering its source', () => {
    const copy = duplicateTemplate(fpg, { id: 'fpg-copy', name: 'ФПГ, наш вариант' })
    expect(copy).toMatchObject({ id: 'fpg-copy', name: 'ФПГ, наш вариант', basedOn: 'fpg-2026', shortName: 'ФПГ' })
    expect(templateFields(copy)).toEqual(templateFields(fpg))
    // A deep copy: editing it leaves the built-in alone.
    copy.sections[0]!.fields[0]!.title = 'changed'
    expect(fpg.sections[0]!.fields[0]!.title).toBe('Грантовое направление')
  })
})
