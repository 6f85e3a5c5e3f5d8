/**
 * Reconnecting a stock WebsocketProvider politely: exponential backoff with
 * full jitter (so many clients coming back after a restart spread out), an
 * immediate try when the browser says the network is back, and the server's
 * word respected — 1013 "try again later" waits the retry-after it names;
 * 4400–4499 stop for good (the stock rule).
 *
 * The provider's own reconnect is switched off by answering "no" to its
 * `shouldReconnect`; it then emits `closed`, and this class decides when to
 * `connect()` again.
 */
import type { WebsocketProvider } from 'y-websocket'
import { CloseCode, isPermanentClose, parseRetryAfter } from '../../../shared/protocol.js'

export interface BackoffOptions {
  /** First delay's upper bound (ms). */
  baseMs: number
  /** Largest delay (ms): a settlement's link may be down for hours; trying every half minute costs little. */
  maxMs: number
  /** 0..1 source of randomness (tests pass a fixed one). */
  random: () => number
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 30_000, random: Math.random }

/** The wait before attempt `failures + 1`: full jitter over an exponentially growing ceiling. */
export function backoffDelay(failures: number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(failures, 16))
  return Math.round(ceiling / 2 + (options.random() * ceiling) / 2)
}

/** The wait the server asked for, plus up to a quarter more so the deferred do not return in step. */
export function retryAfterDelay(hintMs: number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  return Math.round(hintMs + options.random() * Math.max(250, hintMs / 4))
}

interface EventTarget {
  addEventListener(type: 'online', listener: () => void): void
  removeEventListener(type: 'online', listener: () => void): void
}

export class Reconnector {
  private failures = 0
  private timer: ReturnType<typeof setTimeout> | null = null
  private stopped = false
  /** When the next try is due (ms since epoch), or null when none is scheduled. */
  nextAttemptAt: number | null = null

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly win: EventTarget | null,
    private readonly options: BackoffOptions = DEFAULT_BACKOFF,
  ) {
    provider.shouldReconnect = () => false
    provider.on('closed', this.onClosed)
    provider.on('sync', this.onSync)
    win?.addEventListener('online', this.now)
  }

  /** Tries at once (the network came back, or the person asked). */
  readonly now = (): void => {
    if (this.stopped) return
    this.clear()
    if (this.provider.ws === null) this.provider.connect()
  }

  destroy(): void {
    this.stopped = true
    this.clear()
    this.provider.off('closed', this.onClosed)
    this.provider.off('sync', this.onSync)
    this.win?.removeEventListener('online', this.now)
  }

  private readonly onSync = (synced: boolean): void => {
    if (synced) this.failures = 0
  }

  private readonly onClosed = ({ code, reason }: { code: number; reason: string }): void => {
    if (this.stopped || isPermanentClose(code)) return
    const hint = code === CloseCode.tryAgainLater ? parseRetryAfter(reason) : null
    const delay = hint !== null ? retryAfterDelay(hint, this.options) : backoffDelay(this.failures, this.options)
    this.failures++
    this.schedule(delay)
  }

  private schedule(delay: number): void {
    this.clear()
    this.nextAttemptAt = Date.now() + delay
    this.timer = setTimeout(() => {
      this.timer = null
      this.nextAttemptAt = null
      if (!this.stopped) this.provider.connect()
    }, delay)
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.nextAttemptAt = null
  }
}
