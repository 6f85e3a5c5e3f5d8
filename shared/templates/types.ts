/**
 * The shape of a competition template: the application form's sections and
 * fields in the form's order, with the limits the competition states, its
 * budget articles and caps. Templates are data (built-in ones ship in this
 * folder, a curator's copies live in the metadata store); this schema checks
 * both, so a hand-edited copy cannot break the draft or the export.
 *
 * Limits the competition does not publish stay unset: an invented limit would
 * make a counter turn red on text the portal accepts.
 */
import { z } from 'zod'
import { CANVAS_BLOCK_IDS } from '../schema/initiative.js'

/** Template and field ids: safe in a document key (`draft.<fieldId>`) and a URL. */
export const TEMPLATE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/
export const FIELD_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/

/**
 * How a field is filled. Text kinds keep rich text (`text` is one plain
 * paragraph in the form, `rich` allows lists and paragraphs); `list` is a list
 * of one-line items; `choice` picks from `options`; `period` is the project's
 * start and end; the rest are the draft's tables.
 */
export const FIELD_KINDS = ['text', 'rich', 'list', 'choice', 'period', 'calendarPlan', 'quantResults', 'budget', 'team', 'partners'] as const
export type FieldKind = (typeof FIELD_KINDS)[number]

/** Kinds stored as one rich-text fragment per field. */
export const TEXT_KINDS: readonly FieldKind[] = ['text', 'rich']
/** Kinds that are one of the draft's shared tables (one per draft, whatever the template). */
export const TABLE_KINDS: readonly FieldKind[] = ['calendarPlan', 'quantResults', 'budget', 'team', 'partners']

/**
 * What a field means, whatever its id or title in a given form: lets a
 * template switch carry text between forms, and the export find the project's
 * name. Custom templates may leave it out.
 */
export const FIELD_ROLES = [
  'title', 'direction', 'theme', 'values', 'summary', 'videos', 'geography', 'period', 'targetGroups', 'problem',
  'causes', 'goal', 'tasks', 'activities', 'quantResults', 'qualResults', 'partners', 'publicity', 'future',
  'resources', 'risks', 'team', 'calendarPlan', 'budget', 'other',
] as const
export type FieldRole = (typeof FIELD_ROLES)[number]

const text = (max: number) => z.string().trim().max(max)
const count = z.number().int().min(0).max(100_000)
/** Money in kopecks (integers, never floats). */
const kopecks = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)

export const templateFieldSchema = z
  .object({
    id: z.string().regex(FIELD_ID_PATTERN),
    /** The number the form shows («2», «3.2», «8»); empty when the form numbers only the section. */
    number: text(16).default(''),
    title: text(300).min(1),
    kind: z.enum(FIELD_KINDS),
    role: z.enum(FIELD_ROLES).optional(),
    /** Characters with spaces (see `countChars`); unset when the competition states none. */
    maxChars: count.optional(),
    /** Item counts for lists, choices and tables. */
    minItems: count.optional(),
    maxItems: count.optional(),
    required: z.boolean().default(false),
    /** One line on what experts look for here. */
    hint: text(500).default(''),
    /** Canvas blocks whose text pre-fills the field, in order. */
    from: z.array(z.enum(CANVAS_BLOCK_IDS)).max(CANVAS_BLOCK_IDS.length).default([]),
    /** The options of a `choice` field (directions, values). */
    options: z.array(text(300).min(1)).max(200).optional(),
  })
  .strict()
  .refine((f) => f.minItems === undefined || f.maxItems === undefined || f.minItems <= f.maxItems, {
    message: 'minItems is greater than maxItems',
  })
  .refine((f) => f.kind !== 'choice' || (f.options !== undefined && f.options.length > 0), {
    message: 'a choice field needs options',
  })

export const templateSectionSchema = z
  .object({
    id: z.string().regex(FIELD_ID_PATTERN),
    number: text(16).default(''),
    title: text(300).min(1),
    fields: z.array(templateFieldSchema).min(1).max(50),
  })
  .strict()

/** A budget article («1.1 штатные сотрудники»); lines attach to articles without sub-articles. */
export const budgetArticleSchema = z
  .object({
    code: z.string().regex(/^\d{1,2}(\.\d{1,2})?$/),
    title: text(300).min(1),
  })
  .strict()

/** Caps the competition states; each is checked only when set. */
export const budgetCapsSchema = z
  .object({
    /** Pay per person per month from the grant (kopecks). */
    salaryPerMonth: kopecks.optional(),
    /** Hotel per night (kopecks). */
    hotelPerNight: kopecks.optional(),
    /** Daily allowance per day (kopecks). */
    dailyAllowance: kopecks.optional(),
    /** Subcontracted services as a percentage of the requested sum. */
    subcontractSharePercent: z.number().min(0).max(100).optional(),
    /** The largest requested sum (kopecks). */
    maxRequested: kopecks.optional(),
    /** Why the caps have exceptions (shown beside a cap warning). */
    note: text(500).default(''),
  })
  .strict()

export const templateSchema = z
  .object({
    id: z.string().regex(TEMPLATE_ID_PATTERN),
    /** The template's name in lists («Заявка ФПГ»). */
    name: text(200).min(1),
    /** Short name for file names («ФПГ»). */
    shortName: text(40).min(1),
    competition: text(300).min(1),
    /** Edition or year («2026, первый конкурс»). */
    version: text(100).default(''),
    /** Where the fields and limits come from. */
    source: text(1000).default(''),
    /** The template this one was copied from. */
    basedOn: z.string().regex(TEMPLATE_ID_PATTERN).optional(),
    /** Longest project, in months. */
    maxProjectMonths: z.number().int().min(1).max(120).optional(),
    sections: z.array(templateSectionSchema).min(1).max(60),
    budgetArticles: z.array(budgetArticleSchema).max(60).default([]),
    caps: budgetCapsSchema.default({ note: '' }),
  })
  .strict()
  .superRefine((t, ctx) => {
    const ids = new Set<string>()
    for (const field of t.sections.flatMap((s) => s.fields)) {
      if (ids.has(field.id)) ctx.addIssue({ code: 'custom', message: `duplicate field id: ${field.id}` })
      ids.add(field.id)
    }
    const codes = new Set<string>()
    for (const article of t.budgetArticles) {
      if (codes.has(article.code)) ctx.addIssue({ code: 'custom', message: `duplicate budget article: ${article.code}` })
      codes.add(article.code)
    }
  })

export type TemplateField = z.infer<typeof templateFieldSchema>
export type TemplateSection = z.infer<typeof templateSectionSchema>
export type BudgetArticle = z.infer<typeof budgetArticleSchema>
export type BudgetCaps = z.infer<typeof budgetCapsSchema>
export type Template = z.infer<typeof templateSchema>
/** A template as written by hand (defaults may be left out). */
export type TemplateInput = z.input<typeof templateSchema>

/** A template as the API lists it: built-in ones are read-only. */
export type ListedTemplate = Template & { readonly builtIn: boolean }

/** Every field of a template in the form's order. */
export function templateFields(template: Template): TemplateField[] {
  return template.sections.flatMap((s) => s.fields)
}

/** One field of a template, or undefined. */
export function findField(template: Template, fieldId: string): TemplateField | undefined {
  return templateFields(template).find((f) => f.id === fieldId)
}

/** The first field with a given role, or undefined. */
export function fieldWithRole(template: Template, role: FieldRole): TemplateField | undefined {
  return templateFields(template).find((f) => f.role === role)
}

/** The first field of a table kind (a draft has one calendar plan, one budget…), or undefined. */
export function fieldOfKind(template: Template, kind: FieldKind): TemplateField | undefined {
  return templateFields(template).find((f) => f.kind === kind)
}

/** Parses a template (defaults filled in), throwing a ZodError when it is not one. */
export function parseTemplate(value: unknown): Template {
  return templateSchema.parse(value)
}

/**
 * Budget articles that take lines: those without sub-articles («1» has
 * 1.1–1.3, so lines go to those).
 */
export function leafArticles(template: Template): BudgetArticle[] {
  const codes = template.budgetArticles.map((a) => a.code)
  return template.budgetArticles.filter((a) => !codes.some((c) => c.startsWith(`${a.code}.`)))
}
