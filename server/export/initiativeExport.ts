/**
 * Gathers what an initiative's export needs from the server's live state:
 * the template (the one asked for, else the draft's), the card's title from its board
 * (the board index's answer, else found by looking through the boards), and the export model built inside one read of the document.
 */
import { docId } from '../../shared/docId.js'
import { buildExportModel, checkReadiness, draftTemplateId, readinessMessage, sortProblems, type ExportModel, type Lang, type ReadinessProblem } from '../../shared/draft/index.js'
import { getCard } from '../../shared/schema/kanban.js'
import type { Template } from '../../shared/templates/index.js'
import type { BoardIndex } from '../docs/boardIndex.js'
import type { DocManager } from '../docs/docManager.js'
import { AppError, ErrorCode } from '../errors.js'
import type { MetaStore } from '../storage/types.js'
import { findTemplate } from './templateCatalog.js'

interface CardRef {
  title: string
  boardTitle: string
}

/** The initiative's card and its board's name, or null when no live board holds it. */
async function findCard(meta: MetaStore, docs: DocManager, initiativeId: string, hint: string | null): Promise<CardRef | null> {
  const boards = (await meta.listBoards()).filter((b) => !b.deleted)
  // The board the document names first; the others only when it does not hold the card.
  const ordered = [...boards.filter((b) => b.id === hint), ...boards.filter((b) => b.id !== hint)]
  for (const board of ordered) {
    const card = await docs.read(docId('board', board.id), (doc) => getCard(doc, initiativeId))
    if (card) return { title: card.title, boardTitle: board.settlement !== '' && board.settlement !== board.title ? `${board.title} (${board.settlement})` : board.title }
  }
  return null
}

export interface ExportRequest {
  initiativeId: string
  /** The template to lay the draft out in; the draft's own when not given. */
  templateId?: string
  lang: Lang
  now?: Date
}

/** Picks the template: the requested one, else the draft's; 400 when neither, 404 when unknown. */
async function resolveTemplate(meta: MetaStore, docs: DocManager, req: ExportRequest): Promise<Template> {
  const id = req.templateId ?? (await docs.read(docId('initiative', req.initiativeId), draftTemplateId))
  if (id === null || id === undefined) throw new AppError(ErrorCode.badRequest, 'the initiative has no draft yet: pass ?template=<templateId>')
  const template = await findTemplate(meta, id)
  if (!template) throw new AppError(ErrorCode.notFound, `template not found: ${id}`)
  return template
}

/** The export model of an initiative's draft, from the live document. */
export async function initiativeExportModel(meta: MetaStore, docs: DocManager, boards: BoardIndex, req: ExportRequest): Promise<ExportModel> {
  const template = await resolveTemplate(meta, docs, req)
  const id = docId('initiative', req.initiativeId)
  // The board that lists the card, from the server's index.
  const hint = (await boards.boardOf(id)) ?? null
  const card = await findCard(meta, docs, req.initiativeId, hint)
  return docs.read(id, (doc) =>
    buildExportModel(doc, template, { cardTitle: card?.title ?? '', boardTitle: card?.boardTitle ?? '', now: req.now ?? new Date(), lang: req.lang }),
  )
}

/** A readiness problem with its message in both languages (the JSON the UI and scripts read). */
export type ReadinessEntry = ReadinessProblem & { readonly message: Readonly<Record<Lang, string>> }

/** The readiness list of an initiative's draft, from the live document. */
export async function initiativeReadiness(meta: MetaStore, docs: DocManager, req: ExportRequest): Promise<{ templateId: string; problems: ReadinessEntry[] }> {
  const template = await resolveTemplate(meta, docs, req)
  const problems = await docs.read(docId('initiative', req.initiativeId), (doc) => sortProblems(checkReadiness(doc, template)))
  return {
    templateId: template.id,
    problems: problems.map((p) => ({ ...p, message: { ru: readinessMessage(p.code, p.params, 'ru'), en: readinessMessage(p.code, p.params, 'en') } })),
  }
}
