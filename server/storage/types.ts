import type { DocId } from '../../shared/docId.js'
import type { BoardMeta, CreateBoard, PatchBoard } from '../../shared/schema/meta.js'
import type { Template } from '../../shared/templates/types.js'
import type { VersionMeta } from '../../shared/versions.js'
import type { Attribution } from './logRecords.js'

/** What a document's storage holds: a compacted state and the updates logged after it. */
export interface StoredDoc {
  /** Full state as a Yjs update (from the last compaction), or null when never compacted. */
  snapshot: Uint8Array | null
  /** Updates appended since that snapshot, in arrival order. */
  updates: Uint8Array[]
}

/**
 * Durable storage of Yjs documents: a snapshot plus an append-only update log.
 * Implementations: `FileDocStore` (embedded default). A networked store
 * (PostgreSQL, …) implements the same interface and passes the same contract suite.
 */
export interface DocStore {
  /** Loads everything stored for a document; an unknown document loads empty. */
  load(docId: DocId): Promise<StoredDoc>
  /**
   * Appends one update. Resolves once the update is durable (fsynced); appends
   * are group-committed, so many concurrent appends share one fsync. The
   * attribution (who sent it, when) is stored with the update when given.
   */
  append(docId: DocId, update: Uint8Array, attribution?: Attribution): Promise<void>
  /**
   * Replaces the snapshot with `state` and drops the log records it covers:
   * every append that was *called* before `compact` is covered, later ones are kept.
   * At most one compaction per document runs at a time.
   */
  compact(docId: DocId, state: Uint8Array): Promise<void>
  /** Ids of every stored document. */
  list(): Promise<DocId[]>
  /** Size of the log since the last compaction, to decide when to compact. */
  logStats(docId: DocId): { records: number; bytes: number }
  /** Waits for pending writes, then releases files. */
  close(): Promise<void>
}

/** A stored version: its description and the document's full state then. */
export interface StoredVersion {
  meta: VersionMeta
  state: Uint8Array
}

/**
 * Durable versions of documents (history). Implementations: `FileVersionStore`.
 * Versions are kept without a time limit; an unreadable one is skipped, never fatal.
 */
export interface VersionStore {
  /** Stores a version; resolves once it is durable. */
  save(docId: DocId, meta: VersionMeta, state: Uint8Array): Promise<void>
  /** Every version of a document, oldest first (empty for an unknown document). */
  list(docId: DocId): Promise<VersionMeta[]>
  /** One version with its state, or null when there is none with that id. */
  load(docId: DocId, versionId: string): Promise<StoredVersion | null>
}

/** A board as listed on the home page (metadata; its content lives in `board:<id>`). */
export type { BoardMeta } from '../../shared/schema/meta.js'

/** Metadata of the workspace: boards, curators' templates and the document index (with the board each document belongs to). */
export interface MetaStore {
  listBoards(): Promise<BoardMeta[]>
  getBoard(id: string): Promise<BoardMeta | undefined>
  createBoard(input: CreateBoard): Promise<BoardMeta>
  updateBoard(id: string, patch: PatchBoard): Promise<BoardMeta | undefined>
  /** Curators' own templates (copies of built-in ones, edited), by name; built-in templates are not stored. */
  listTemplates(): Promise<Template[]>
  /** Creates or replaces a template by id (validated with the template schema); resolves once it is on disk. */
  saveTemplate(template: Template): Promise<Template>
  /** Deletes a template; false when there was none with that id. */
  deleteTemplate(id: string): Promise<boolean>
  /**
   * Records that a document exists (first stored update), with its kind and time.
   * Called on every stored update, so implementations batch their writes.
   */
  touchDoc(docId: DocId): Promise<void>
  /**
   * Records that `docIds` (cards' initiatives, notes) belong to `boardId`. The
   * first claim of a document wins: a later board listing the same id does
   * not take it over. Batched like `touchDoc`.
   */
  claimDocs(boardId: string, docIds: readonly DocId[]): Promise<void>
  /** The board a document belongs to (a board document is its own), or undefined when unknown. */
  boardOf(docId: DocId): Promise<string | undefined>
  /** Writes anything batched, then releases the file. */
  close(): Promise<void>
}
