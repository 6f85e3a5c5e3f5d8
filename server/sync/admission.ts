/**
 * Admission control for websocket upgrades: when too many clients arrive at
 * once (everyone reconnecting after a restart) or too many documents are
 * loading, a new connection is told to come back later (close code 1013 with
 * a retry-after hint) instead of piling onto a busy event loop. Deferred
 * clients are given staggered times, so they come back spread out rather than
 * as a second storm.
 */
import type { DocId } from '../../shared/docId.js'

export interface AdmissionLimits {
  /** Upgrades accepted per one-second window; 0 turns the limit off. */
  upgradesPerSecond: number
  /** Documents that may be loading from storage at once; 0 turns the limit off. */
  maxLoadingDocs: number
}

export interface Verdict {
  /** null: admitted; otherwise how long (ms) the client should wait. */
  retryAfterMs: number | null
  why?: 'rate' | 'loading'
}

const WINDOW_MS = 1000
/** Never ask a client to wait longer than this. */
const MAX_RETRY_AFTER_MS = 30_000

export class Admission {
  private windowStart = 0
  private admitted = 0
  private deferred = 0

  constructor(
    private readonly limits: AdmissionLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Decides about one upgrade for `docId`, given the documents loading right now. */
  admit(docId: DocId, loadingDocs: ReadonlySet<DocId>): Verdict {
    const now = this.now()
    if (now - this.windowStart >= WINDOW_MS) {
      // Clients deferred in earlier windows were given later slots; keep counting them
      // down so the next ones queue behind them, not beside them.
      const windows = Math.floor((now - this.windowStart) / WINDOW_MS)
      this.deferred = Math.max(0, this.deferred - windows * this.limits.upgradesPerSecond)
      this.windowStart = now
      this.admitted = 0
    }
    const { upgradesPerSecond, maxLoadingDocs } = this.limits
    if (upgradesPerSecond > 0 && this.admitted >= upgradesPerSecond) return this.defer(now, 'rate')
    // A document already loading costs nothing more; only a new load is refused.
    if (maxLoadingDocs > 0 && !loadingDocs.has(docId) && loadingDocs.size >= maxLoadingDocs) return this.defer(now, 'loading')
    this.admitted++
    return { retryAfterMs: null }
  }

  /** The n-th deferred client gets the slot n / rate windows after this one ends. */
  private defer(now: number, why: 'rate' | 'loading'): Verdict {
    const rate = Math.max(1, this.limits.upgradesPerSecond || this.limits.maxLoadingDocs)
    const slot = Math.floor(this.deferred / rate)
    this.deferred++
    const untilWindowEnd = WINDOW_MS - (now - this.windowStart)
    return { retryAfterMs: Math.min(MAX_RETRY_AFTER_MS, untilWindowEnd + slot * WINDOW_MS), why }
  }
}
