/**
 * Workspace metadata in one lowdb JSON file (`DATA_DIR/meta.json`): boards,
 * curators' templates and the document index. Board changes are written (and fsynced) before the call
 * resolves; `touchDoc`, called on every stored update, only marks the index
 * dirty and a timer writes it at most once per `flushDelayMs`.
 * One instance per file per process: two lowdb writers would collide on the temp file.
 */
import path from 'node:path'
import { clearTimeout, setTimeout as startTimer } from 'node:timers'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { z } from 'zod'
import { isDocId, newId, parseDocId, type DocId } from '../../shared/docId.js'
import { boardMetaSchema, docIndexEntrySchema, type BoardMeta, type CreateBoard, type PatchBoard } from '../../shared/schema/meta.js'
import { templateSchema, type Template } from '../../shared/templates/types.js'
import { toError, type Logger } from '../log.js'
import { ensureDirDurable, fsyncFileAndDir } from './fsDurable.js'
import type { MetaStore } from './types.js'

/** The file's shape. Loose at the top so data written by newer versions (users, invites…) is kept. */
const metaFileSchema = z.looseObject({
  version: z.literal(1).default(1),
  boards: z.array(boardMetaSchema).default([]),
  // Checked one by one when read: a template a newer version wrote (or a hand edit broke) is skipped, not fatal, and kept in the file.
  templates: z.array(z.unknown()).default([]),
  docs: z.record(z.string().refine(isDocId, 'not a document id'), docIndexEntrySchema).default({}),
})
type MetaFile = z.infer<typeof metaFileSchema>

export interface LowMetaStoreOptions {
  /** Path of the JSON file; created (with its folder) when missing. */
  file: string
  logger: Logger
  /** Longest delay before a `touchDoc` reaches the file (default 1 s). */
  flushDelayMs?: number
}

/** The metadata file is not valid JSON or not the expected shape. */
export class MetaFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`metadata file ${file} is unreadable: ${detail}`)
    this.name = 'MetaFileError'
  }
}

const DEFAULT_FLUSH_DELAY_MS = 1_000

/** `MetaStore` in a lowdb JSON file (the embedded default). */
export class LowMetaStore implements MetaStore {
  private flushTimer: ReturnType<typeof startTimer> | null = null
  private dirty = false
  private closing: Promise<void> | null = null

  private constructor(
    private readonly db: Low<MetaFile>,
    private readonly file: string,
    private readonly logger: Logger,
    private readonly flushDelayMs: number,
  ) {}

  /** Opens (or creates) the metadata file; throws `MetaFileError` when its content is invalid. */
  static async open(options: LowMetaStoreOptions): Promise<LowMetaStore> {
    const { file } = options
    const db = new Low<MetaFile>(new JSONFile<MetaFile>(file), emptyMetaFile())
    try {
      await db.read()
    } catch (e) {
      throw new MetaFileError(file, toError(e).message)
    }
    const parsed = metaFileSchema.safeParse(db.data)
    if (!parsed.success) throw new MetaFileError(file, z.prettifyError(parsed.error))
    db.data = parsed.data
    const store = new LowMetaStore(
      db,
      file,
      options.logger.child({ component: 'metaStore' }),
      options.flushDelayMs ?? DEFAULT_FLUSH_DELAY_MS,
    )
    await ensureDirDurable(path.dirname(file))
    await store.persist()
    return store
  }

  /** Every board, sorted by title as Russian readers expect. */
  async listBoards(): Promise<BoardMeta[]> {
    return this.db.data.boards.map(copy).sort((a, b) => a.title.localeCompare(b.title, 'ru'))
  }

  /** One board, or undefined. */
  async getBoard(id: string): Promise<BoardMeta | undefined> {
    const board = this.db.data.boards.find((b) => b.id === id)
    return board && copy(board)
  }

  /** Creates a board; resolves once it is on disk. */
  async createBoard(input: CreateBoard): Promise<BoardMeta> {
    this.assertOpen()
    const now = new Date().toISOString()
    const board: BoardMeta = {
      id: newId(),
      title: input.title,
      settlement: input.settlement ?? '',
      district: input.district ?? '',
      description: input.description ?? '',
      createdAt: now,
      updatedAt: now,
      archived: false,
      deleted: false,
    }
    this.db.data.boards.push(board)
    await this.persist()
    return copy(board)
  }

  /** Changes a board's title, settlement or archived flag; undefined when there is no such board. */
  async updateBoard(
    id: string,
    patch: PatchBoard,
  ): Promise<BoardMeta | undefined> {
    this.assertOpen()
    const board = this.db.data.boards.find((b) => b.id === id)
    if (!board) return undefined
    for (const [key, value] of Object.entries(patch) as Array<[keyof PatchBoard, PatchBoard[keyof PatchBoard]]>) {
      if (value !== undefined) Object.assign(board, { [key]: value })
    }
    board.updatedAt = new Date().toISOString()
    await this.persist()
    return copy(board)
  }

  /** Curators' templates that pass the schema, sorted by name as Russian readers expect. */
  async listTemplates(): Promise<Template[]> {
    const out: Template[] = []
    for (const stored of this.db.data.templates) {
      const parsed = templateSchema.safeParse(stored)
      if (parsed.success) out.push(parsed.data)
      else this.logger.warn('skipping an invalid stored template', { id: storedId(stored), error: z.prettifyError(parsed.error) })
    }
    return out.sort((a, b) => a.name.localeCompare(b.name, 'ru'))
  }

  /** Creates or replaces a template by id; throws a ZodError when it is not a valid template. */
  async saveTemplate(template: Template): Promise<Template> {
    this.assertOpen()
    const clean = templateSchema.parse(template)
    const at = this.db.data.templates.findIndex((t) => storedId(t) === clean.id)
    if (at >= 0) this.db.data.templates[at] = clean
    else this.db.data.templates.push(clean)
    await this.persist()
    return structuredClone(clean)
  }

  /** Deletes a template; false when there was none. */
  async deleteTemplate(id: string): Promise<boolean> {
    this.assertOpen()
    const at = this.db.data.templates.findIndex((t) => storedId(t) === id)
    if (at < 0) return false
    this.db.data.templates.splice(at, 1)
    await this.persist()
    return true
  }

  /** Records a document in the index; the file is written later, batched with other touches. */
  async touchDoc(docId: DocId): Promise<void> {
    this.assertOpen()
    const parsed = parseDocId(docId)
    if (!parsed) throw new Error(`invalid document id: ${JSON.stringify(docId)}`)
    const now = new Date().toISOString()
    const entry = this.db.data.docs[docId]
    if (entry) entry.updatedAt = now
    else this.db.data.docs[docId] = { kind: parsed.kind, createdAt: now, updatedAt: now }
    this.dirty = true
    this.flushTimer ??= this.startFlushTimer()
  }

  async claimDocs(boardId: string, docIds: readonly DocId[]): Promise<void> {
    this.assertOpen()
    const now = new Date().toISOString()
    for (const docId of docIds) {
      const parsed = parseDocId(docId)
      if (!parsed || parsed.kind === 'board') continue
      const entry = this.db.data.docs[docId]
      if (entry?.board !== undefined) continue
      if (entry) entry.board = boardId
      else this.db.data.docs[docId] = { kind: parsed.kind, createdAt: now, updatedAt: now, board: boardId }
      this.dirty = true
    }
    if (this.dirty) this.flushTimer ??= this.startFlushTimer()
  }

  async boardOf(docId: DocId): Promise<string | undefined> {
    const parsed = parseDocId(docId)
    if (!parsed) return undefined
    return parsed.kind === 'board' ? parsed.id : this.db.data.docs[docId]?.board
  }

  /** Writes any batched index changes, then stops; later changes reject. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.stopFlushTimer()
      if (this.dirty) await this.persist()
    })()
    return this.closing
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('metadata store is closed')
  }

  /** Writes the whole file (lowdb: temp file + rename) and fsyncs it, since lowdb does not. */
  private async persist(): Promise<void> {
    this.stopFlushTimer()
    this.dirty = false
    try {
      await this.db.write()
      await fsyncFileAndDir(this.file)
    } catch (e) {
      // Keep the changes marked, so the next write or close retries them.
      this.dirty = true
      throw e
    }
  }

  private startFlushTimer(): ReturnType<typeof startTimer> {
    const timer = startTimer(() => {
      this.flushTimer = null
      if (!this.dirty) return
      this.persist().catch((e: unknown) => {
        this.logger.error('writing the document index failed', { file: this.file, error: toError(e).message })
        if (!this.closing) this.flushTimer ??= this.startFlushTimer()
      })
    }, this.flushDelayMs)
    // The index can be rebuilt from the stored documents, so it must not keep the process alive.
    timer.unref()
    return timer
  }

  private stopFlushTimer(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer)
    this.flushTimer = null
  }
}

function emptyMetaFile(): MetaFile {
  return { version: 1, boards: [], templates: [], docs: {} }
}

/** The id of a stored template, whatever else it holds. */
function storedId(stored: unknown): string | undefined {
  const id = (stored as { id?: unknown } | null)?.id
  return typeof id === 'string' ? id : undefined
}

function copy(board: BoardMeta): BoardMeta {
  return { ...board }
}
