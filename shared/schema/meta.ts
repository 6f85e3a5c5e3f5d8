/**
 * Workspace metadata shapes (boards and the document index), shared by the
 * server's metadata store, the REST API and the client.
 */
import { z } from 'zod'
import { DOC_KINDS, ID_PATTERN } from '../docId.js'

/** A board as listed on the home page (its content lives in the `board:<id>` document). */
export const boardMetaSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  title: z.string(),
  settlement: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  archived: z.boolean(),
})
export type BoardMeta = z.infer<typeof boardMetaSchema>

/** One entry of the document index: a document that has stored content. */
export const docIndexEntrySchema = z.object({
  kind: z.enum(DOC_KINDS),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type DocIndexEntry = z.infer<typeof docIndexEntrySchema>
