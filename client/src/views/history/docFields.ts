/**
 * A document as a list of named text fields, the unit in which versions are
 * compared and changes announced: a note is its text; a board is its stages,
 * cards (title, stage, owners, due, description), plan items and
 * consultations; an initiative is its canvas blocks and its draft's fields.
 * Read only through the shared schema's accessors.
 */
import type * as Y from 'yjs'
import type { DocKind } from '../../../../shared/docId.js'
import { listConsultations } from '../../../../shared/schema/consultation.js'
import { CANVAS_BLOCKS, canvasBlockText, canvasFragment } from '../../../../shared/schema/initiative.js'
import { listCards, listStages } from '../../../../shared/schema/kanban.js'
import { noteBody, noteBodyText } from '../../../../shared/schema/note.js'
import { listPlanItems } from '../../../../shared/schema/plan.js'
import type { Template } from '../../../../shared/templates/index.js'
import { formatDate, type Locale, type Translate } from '../../i18n/i18n.js'
import { stageLabel } from '../kanban/stageLabel.js'
import { draftFields } from './draftFields.js'

/** Sections a comparison is grouped into, in this order. */
export const FIELD_GROUPS = ['body', 'stages', 'cards', 'plan', 'consultations', 'canvas', 'draft'] as const
export type FieldGroup = (typeof FIELD_GROUPS)[number]

/** One comparable field of a document. */
export interface DocField {
  /** The same across versions (`card:<id>:due`, `canvas:goal`…). */
  readonly id: string
  readonly group: FieldGroup
  /** What it belongs to: a card's title, a canvas block's name. */
  readonly item: string
  /** Which part of the item (`Срок`, `Этап`), or null when the item is one field. */
  readonly part: string | null
  /** Plain text, one line per paragraph. */
  readonly text: string
  /** The rich text behind it, for a read-only view; absent for plain fields. */
  readonly fragment?: Y.XmlFragment
}

/** What naming the fields needs: the language, and the template of an initiative's draft (when known). */
export interface FieldContext {
  readonly t: Translate
  readonly locale: Locale
  readonly template?: Template | null
}

const day = (value: string | null, locale: Locale) => (value ? formatDate(value, locale) : '')

/** A note: its text (its title and facts live in the board document). */
function noteFields(doc: Y.Doc, { t }: FieldContext): DocField[] {
  return [{ id: 'note:body', group: 'body', item: t('history.field.noteBody'), part: null, text: noteBodyText(doc), fragment: noteBody(doc) }]
}

function boardFields(doc: Y.Doc, ctx: FieldContext): DocField[] {
  const { t, locale } = ctx
  const out: DocField[] = []
  const stages = listStages(doc)
  const stageNames = new Map(stages.map((s) => [s.id, stageLabel(s, t)]))
  for (const stage of stages) {
    out.push({ id: `stage:${stage.id}`, group: 'stages', item: stageNames.get(stage.id) ?? '', part: null, text: stageNames.get(stage.id) ?? '' })
  }
  for (const card of listCards(doc)) {
    const item = card.title || t('history.untitled')
    const part = (key: string, name: Parameters<Translate>[0], text: string): DocField => ({ id: `card:${card.id}:${key}`, group: 'cards', item, part: t(name), text })
    out.push(
      part('title', 'history.part.title', card.title),
      part('stage', 'history.part.stage', stageNames.get(card.stage) ?? ''),
      part('owners', 'history.part.owners', card.owners.join(', ')),
      part('due', 'history.part.due', day(card.due, locale)),
      part('description', 'history.part.description', card.description),
    )
  }
  for (const plan of listPlanItems(doc)) {
    const item = plan.title || t('history.untitled')
    const part = (key: string, name: Parameters<Translate>[0], text: string): DocField => ({ id: `plan:${plan.id}:${key}`, group: 'plan', item, part: t(name), text })
    const dates = plan.end && plan.end !== plan.start ? `${day(plan.start, locale)} – ${day(plan.end, locale)}` : day(plan.start, locale)
    out.push(
      part('title', 'history.part.title', plan.title),
      part('dates', 'history.part.dates', dates),
      part('place', 'history.part.place', plan.place),
      part('owner', 'history.part.owner', plan.owner),
      part('status', 'history.part.status', t(`plan.status.${plan.status}`)),
    )
  }
  for (const note of listConsultations(doc)) {
    const item = note.title || t('history.untitled')
    const part = (key: string, name: Parameters<Translate>[0], text: string): DocField => ({ id: `consultation:${note.id}:${key}`, group: 'consultations', item, part: t(name), text })
    out.push(
      part('title', 'history.part.title', note.title),
      part('date', 'history.part.date', day(note.date, locale)),
      part('expert', 'history.part.expert', note.expert),
      part('participants', 'history.part.participants', note.participants.join(', ')),
    )
  }
  return out
}

function initiativeFields(doc: Y.Doc, ctx: FieldContext): DocField[] {
  const canvas: DocField[] = CANVAS_BLOCKS.map((block) => ({
    id: `canvas:${block.id}`,
    group: 'canvas',
    item: ctx.t(block.labelKey),
    part: null,
    text: canvasBlockText(doc, block.id),
    fragment: canvasFragment(doc, block.id),
  }))
  return [...canvas, ...draftFields(doc, ctx)]
}

/** The fields of a document of `kind`, in reading order. */
export function docFields(kind: DocKind, doc: Y.Doc, ctx: FieldContext): DocField[] {
  if (kind === 'note') return noteFields(doc, ctx)
  if (kind === 'board') return boardFields(doc, ctx)
  return initiativeFields(doc, ctx)
}

/** A field's name as shown: «Карточка · Срок», or the item alone. */
export function fieldName(field: Pick<DocField, 'item' | 'part'>): string {
  return field.part ? `${field.item} · ${field.part}` : field.item
}
