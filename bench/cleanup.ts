/**
 * Collects what a benchmark run must undo (child processes, temp folders) so
 * it is undone even when the run fails or is interrupted.
 */
export class Cleanup {
  private readonly tasks: Array<() => Promise<void>> = []

  /** Registers an undo step; steps run in reverse order. */
  add(task: () => Promise<void>): void {
    this.tasks.push(task)
  }

  /** Runs every registered step once, newest first; a failing step does not stop the others. */
  async run(): Promise<void> {
    while (this.tasks.length > 0) {
      const task = this.tasks.pop()
      try {
        await task?.()
      } catch (e) {
        process.stderr.write(`cleanup step failed: ${e instanceof Error ? e.message : String(e)}\n`)
      }
    }
  }
}
