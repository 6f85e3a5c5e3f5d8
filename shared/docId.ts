/**
 * Document identifiers: `board:<id>`, `initiative:<id>`, `note:<id>`.
 * The id part is `[A-Za-z0-9_-]{1,64}` so it is safe as a file name and in a URL.
 */

export const DOC_KINDS = ['board', 'initiative', 'note'] as const
export type DocKind = (typeof DOC_KINDS)[number]

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
const DOC_ID_PATTERN = /^(board|initiative|note):([A-Za-z0-9_-]{1,64})$/

export type DocId = `${DocKind}:${string}`

export interface ParsedDocId {
  kind: DocKind
  id: string
}

/** Parses a document id, or returns null when it is not one. */
export function parseDocId(value: string): ParsedDocId | null {
  const match = DOC_ID_PATTERN.exec(value)
  if (!match) return null
  return { kind: match[1] as DocKind, id: match[2] as string }
}

/** True when `value` is a valid document id. */
export function isDocId(value: string): value is DocId {
  return DOC_ID_PATTERN.test(value)
}

/** Builds a document id from its kind and id; throws on an invalid id. */
export function docId(kind: DocKind, id: string): DocId {
  if (!ID_PATTERN.test(id)) throw new Error(`invalid ${kind} id: ${JSON.stringify(id)}`)
  return `${kind}:${id}`
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** A new random id (URL- and file-safe), 16 characters from 62 (~95 bits). */
export function newId(): string {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  let out = ''
  for (const b of bytes) out += ID_ALPHABET[b % 62]
  return out
}
