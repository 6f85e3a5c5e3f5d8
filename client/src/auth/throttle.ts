/** At most one call per interval: the «is my session still valid?» question is asked sparingly. */
export class Throttle {
  private last = -Infinity

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True (and remembers the time) when the interval has passed since the last true. */
  take(): boolean {
    const t = this.now()
    if (t - this.last < this.intervalMs) return false
    this.last = t
    return true
  }
}

/** How often the app may ask the server whether the session still holds. */
export const SESSION_CHECK_MS = 10_000
