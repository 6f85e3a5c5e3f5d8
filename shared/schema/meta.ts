/**
 * Workspace metadata shapes (boards and the document index), shared by the
 * server's metadata store, the REST API and the client.
 */
import { z } from 'zod'
import { DOC_KINDS, ID_PATTERN } from '../docId.js'
import { BOARD_DESCRIPTION_MAX, BOARD_PLACE_MAX, BOARD_TITLE_MAX } from '../limits.js'

/** A board as listed on the home page (its content lives in the `board:<id>` document). */
export const boardMetaSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  title: z.string(),
  settlement: z.string(),
  /** District of the settlement (e.g. «Тигильский район»). */
  district: z.string().default(''),
  /** A sentence or two on the module. */
  description: z.string().default(''),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  archived: z.boolean(),
  /** Deleted boards are hidden but kept, so a deletion can be undone. */
  deleted: z.boolean().default(false),
})
export type BoardMeta = z.infer<typeof boardMetaSchema>

const line = (max: number) => z.string().trim().max(max)

/** Body of `POST /api/boards`. */
export const createBoardSchema = z
  .object({
    title: line(BOARD_TITLE_MAX).min(1),
    settlement: line(BOARD_PLACE_MAX).default(''),
    district: line(BOARD_PLACE_MAX).default(''),
    description: line(BOARD_DESCRIPTION_MAX).default(''),
  })
  .strict()
export type CreateBoard = z.input<typeof createBoardSchema>

/** Body of `PATCH /api/boards/:id` (every field optional). */
export const patchBoardSchema = z
  .object({
    title: line(BOARD_TITLE_MAX).min(1).optional(),
    settlement: line(BOARD_PLACE_MAX).optional(),
    district: line(BOARD_PLACE_MAX).optional(),
    description: line(BOARD_DESCRIPTION_MAX).optional(),
    archived: z.boolean().optional(),
    deleted: z.boolean().optional(),
  })
  .strict()
export type PatchBoard = z.infer<typeof patchBoardSchema>

/** One entry of the document index: a document that has stored content. */
export const docIndexEntrySchema = z.object({
  kind: z.enum(DOC_KINDS),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The board whose card or note this document is (set by the server from the board document, first claim wins). */
  board: z.string().regex(ID_PATTERN).optional(),
})
export type DocIndexEntry = z.infer<typeof docIndexEntrySchema>
