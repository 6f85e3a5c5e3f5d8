/**
 * Canvas → draft: one click lays the canvas out as a competition's form.
 * Each field takes the text of the canvas blocks its `from` lists — the rich
 * structure copied as it is; when several blocks feed one field, each comes
 * under its block's title. Lists take one item per line, the calendar plan
 * one activity per line, partners one partner per line.
 *
 * Two people who create the same draft at once while apart will both fill
 * it, and the merged text holds both copies: the UI should offer the button
 * only while no draft exists and the document is in sync.
 */
import type * as Y from 'yjs'
import { canvasFragment, type CanvasBlockId } from '../schema/initiative.js'
import { templateFields, type Template, type TemplateField } from '../templates/types.js'
import { addActivity, listActivities } from './calendar.js'
import { countField } from './counting.js'
import { addListItem, draftFragment } from './fields.js'
import { CANVAS_BLOCK_TITLES } from './labels.js'
import { hasDraft, setDraftTemplateId } from './meta.js'
import { appendNodes, appendParagraph, copyNodes, fragmentLines, headingNode, isBlank } from './richCopy.js'
import { addPartner, listPartners } from './tables.js'

export interface CreateDraftOptions {
  /** The project's name for the field with role `title` (e.g. the card's title). */
  projectName?: string
}

/**
 * Makes the draft: records the template and pre-fills every field from the
 * canvas. False (nothing written) when the initiative already has a draft —
 * use `switchTemplate` to change its form.
 */
export function createDraft(doc: Y.Doc, template: Template, options: CreateDraftOptions = {}): boolean {
  if (hasDraft(doc)) return false
  doc.transact(() => {
    setDraftTemplateId(doc, template.id)
    for (const field of templateFields(template)) prefillField(doc, field, options)
  })
  return true
}

/** The canvas blocks of a field that hold text. */
function filledSources(doc: Y.Doc, field: TemplateField): CanvasBlockId[] {
  return field.from.filter((block) => !isBlank(canvasFragment(doc, block)))
}

/** Every non-blank line of a field's canvas sources, in order. */
function sourceLines(doc: Y.Doc, field: TemplateField): string[] {
  return filledSources(doc, field).flatMap((block) => fragmentLines(canvasFragment(doc, block)))
}

/**
 * Fills one EMPTY field from the canvas (and the project name, for the
 * title); a field that has content is left alone. True when it wrote.
 */
export function prefillField(doc: Y.Doc, field: TemplateField, options: CreateDraftOptions = {}): boolean {
  if (countField(doc, field).filled) return false
  doc.transact(() => {
    switch (field.kind) {
      case 'text':
      case 'rich': {
        const target = draftFragment(doc, field.id)
        const sources = filledSources(doc, field)
        for (const block of sources) {
          if (sources.length > 1) appendNodes(target, [headingNode(CANVAS_BLOCK_TITLES[block].ru)])
          appendNodes(target, copyNodes(canvasFragment(doc, block)))
        }
        const name = options.projectName?.trim() ?? ''
        if (field.role === 'title' && sources.length === 0 && name !== '') appendParagraph(target, name)
        break
      }
      case 'list':
        for (const line of sourceLines(doc, field)) addListItem(doc, field.id, line)
        break
      case 'calendarPlan':
        if (listActivities(doc).length === 0) for (const line of sourceLines(doc, field)) addActivity(doc, { title: line })
        break
      case 'partners':
        if (listPartners(doc).length === 0) for (const line of sourceLines(doc, field)) addPartner(doc, { name: line })
        break
      default:
        // Choices, the period and the other tables have no canvas block to come from.
        break
    }
  })
  return countField(doc, field).filled
}
