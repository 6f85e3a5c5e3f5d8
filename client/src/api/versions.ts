/**
 * REST access to a document's version history, with the last list kept in
 * localStorage so the history panel shows something without a network.
 * Answers are checked by hand (not with the shared zod schema): the board
 * page's first chunk stays free of zod.
 */
import type { DocId } from '../../../shared/docId.js'
import type { VersionKind, VersionMeta } from '../../../shared/versions.js'
import { ApiError, call } from './http.js'

const CACHE_PREFIX = 'impact.versions.'
const KINDS: readonly VersionKind[] = ['auto', 'named', 'beforeRestore']

const base = (docId: DocId) => `/api/docs/${encodeURIComponent(docId)}/versions`

/** A version's metadata, or null when `value` is not one. */
export function toVersionMeta(value: unknown): VersionMeta | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (typeof v.id !== 'string' || typeof v.createdAt !== 'string' || Number.isNaN(Date.parse(v.createdAt))) return null
  if (typeof v.kind !== 'string' || !(KINDS as readonly string[]).includes(v.kind)) return null
  const authors = Array.isArray(v.authors) ? v.authors.filter((a): a is string => typeof a === 'string') : []
  return {
    id: v.id,
    createdAt: v.createdAt,
    kind: v.kind as VersionKind,
    name: typeof v.name === 'string' ? v.name : null,
    authors,
    bytes: typeof v.bytes === 'number' ? v.bytes : 0,
    ...(typeof v.restoredFrom === 'string' ? { restoredFrom: v.restoredFrom } : {}),
  }
}

function expectMeta(body: unknown, status: number): VersionMeta {
  const meta = toVersionMeta(body)
  if (!meta) throw new ApiError('internal', status, 'unexpected answer')
  return meta
}

/** Every version of the document, newest first; remembered for offline use. */
export async function fetchVersions(docId: DocId): Promise<VersionMeta[]> {
  const body = await call(base(docId))
  if (!Array.isArray(body)) throw new ApiError('internal', 200, 'unexpected answer')
  const list = body.map(toVersionMeta).filter((v): v is VersionMeta => v !== null)
  try {
    localStorage.setItem(CACHE_PREFIX + docId, JSON.stringify(list))
  } catch {
    // A full or disabled storage only costs the offline copy.
  }
  return list
}

/** The list as last loaded on this device (empty when never). */
export function cachedVersions(docId: DocId): VersionMeta[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(CACHE_PREFIX + docId) ?? '[]')
    return Array.isArray(value) ? value.map(toVersionMeta).filter((v): v is VersionMeta => v !== null) : []
  } catch {
    return []
  }
}

/** Takes a named version of the document as it is now on the server. */
export async function createNamedVersion(docId: DocId, name: string): Promise<VersionMeta> {
  return expectMeta(await call(base(docId), { method: 'POST', body: JSON.stringify({ name }) }), 201)
}

/** One version with its full state (a Yjs update). */
export async function fetchVersion(docId: DocId, versionId: string): Promise<{ version: VersionMeta; update: Uint8Array }> {
  const body = (await call(`${base(docId)}/${encodeURIComponent(versionId)}`)) as { version?: unknown; update?: unknown } | null
  const version = toVersionMeta(body?.version)
  if (!version || typeof body?.update !== 'string') throw new ApiError('internal', 200, 'unexpected answer')
  return { version, update: fromBase64(body.update) }
}

/** Restores a version as a new change; returns the version that holds the state before it (restore it to undo). */
export async function restoreVersion(docId: DocId, versionId: string): Promise<{ restored: string; before: VersionMeta }> {
  const body = (await call(`${base(docId)}/${encodeURIComponent(versionId)}/restore`, { method: 'POST' })) as { before?: unknown } | null
  return { restored: versionId, before: expectMeta(body?.before, 200) }
}

function fromBase64(text: string): Uint8Array {
  const bin = atob(text)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}
