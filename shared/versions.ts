/**
 * Versions of a document: snapshots the server takes by itself (after a stretch
 * of activity, when the document unloads, before a restore) or on demand with
 * a name («Подано в ФПГ 15.03»). One source of the shapes for server, REST and UI.
 */
import { z } from 'zod'

/** Why a version exists. */
export const VERSION_KINDS = ['auto', 'named', 'beforeRestore'] as const
export type VersionKind = (typeof VERSION_KINDS)[number]

/** Longest version name, in characters. */
export const VERSION_NAME_MAX = 200
/** Version ids: time-sortable and safe in a file name and a URL. */
export const VERSION_ID_PATTERN = /^[0-9a-z]{1,16}-[A-Za-z0-9_-]{1,32}$/

export const versionMetaSchema = z
  .object({
    id: z.string().regex(VERSION_ID_PATTERN),
    createdAt: z.iso.datetime(),
    kind: z.enum(VERSION_KINDS),
    /** The name a person gave it; null for automatic ones. */
    name: z.string().max(VERSION_NAME_MAX).nullable(),
    /** Who changed the document since the version before (names as their clients announced them). */
    authors: z.array(z.string().max(200)).max(200),
    /** Size of the stored state, bytes. */
    bytes: z.number().int().min(0),
    /** For `beforeRestore`: the version that was restored. */
    restoredFrom: z.string().regex(VERSION_ID_PATTERN).optional(),
  })
  .strict()
export type VersionMeta = z.infer<typeof versionMetaSchema>

/** Body of `POST /api/docs/:docId/versions`. */
export const createVersionSchema = z.object({ name: z.string().trim().min(1).max(VERSION_NAME_MAX) }).strict()
export type CreateVersion = z.infer<typeof createVersionSchema>

/** `GET /api/docs/:docId/versions/:versionId`: the version and its state (a Yjs update, base64). */
export interface VersionWithState {
  readonly version: VersionMeta
  readonly update: string
}
