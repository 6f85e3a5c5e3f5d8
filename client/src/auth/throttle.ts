/** At most one call per interval: the «is my session still valid?» question is asked sparingly. */
export class Throttle {
  private last = -Infinity

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True (and remembers the time) when the interval has passed since the last true. */
  take(): boolean {
    if (this.remaining() > 0) return false
    this.last = this.now()
    return true
  }

  /** Milliseconds until `take` would say yes (0 when it would now). */
  remaining(): number {
    return Math.max(0, this.intervalMs - (this.now() - this.last))
  }
}

/** How often the app may ask the server whether the session still holds. */
export const SESSION_CHECK_MS = 10_000
