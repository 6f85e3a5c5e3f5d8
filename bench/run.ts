/**
 * `npm run bench`: runs every benchmark against the reference y-websocket
 * server and ours (when built) in one invocation, prints ours/reference
 * ratios, and writes bench/RESULTS.md plus raw JSON in bench/.out/.
 *
 * Flags: --quick (small sizes, for trying the harness), --reference-only,
 * --wait-quiet (first wait, up to 3 minutes, for the machine's load to drop).
 */
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Cleanup } from './cleanup.js'
import { coldOpenOurs, coldOpenReference, type ColdOpenResult } from './coldOpen.js'
import { combineRuns, runFanout, type FanoutMode, type FanoutResult } from './fanout.js'
import type { ReaderKind } from './reader-worker.js'
import { describeMachine, printReport, writeReport } from './report.js'
import { oursAvailable, startOurs, startReference, type ServerHandle, type ServerKind } from './servers.js'

const benchDir = path.dirname(fileURLToPath(import.meta.url))

interface Scenario {
  mode: FanoutMode
  readerKind: ReaderKind
  updates: number
  /** Runs per server, interleaved with the other server's, then combined (noise on a shared machine). */
  repeats: number
  /** Skip reader counts above this (real providers saturate 2 cores before the server does). */
  maxReaders?: number
}

interface Plan {
  readerCounts: number[]
  scenarios: Scenario[]
  rateHz: number
  workers: number
  coldUpdates: number
  coldRepeats: number
}

function plan(quick: boolean): Plan {
  return quick
    ? {
        readerCounts: [10, 40],
        scenarios: [
          { mode: 'burst', readerKind: 'light', updates: 300, repeats: 1 },
          { mode: 'paced', readerKind: 'light', updates: 200, repeats: 2 },
          { mode: 'paced', readerKind: 'provider', updates: 200, repeats: 1, maxReaders: 10 },
        ],
        rateHz: 100,
        workers: 2,
        coldUpdates: 1000,
        coldRepeats: 1,
      }
    : {
        readerCounts: [50, 200],
        scenarios: [
          { mode: 'burst', readerKind: 'light', updates: 2000, repeats: 1 },
          { mode: 'paced', readerKind: 'light', updates: 1000, repeats: 3 },
          { mode: 'paced', readerKind: 'provider', updates: 1000, repeats: 3, maxReaders: 50 },
        ],
        rateHz: 100,
        workers: 2,
        coldUpdates: 10_000,
        coldRepeats: 3,
      }
}

function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`)
}

/** Waits (bounded) until the 1-minute load average is below 1, since other work skews every figure. */
async function waitQuiet(): Promise<void> {
  const deadline = Date.now() + 180_000
  while ((os.loadavg()[0] ?? 0) >= 1 && Date.now() < deadline) {
    log(`waiting for a quieter machine (load ${(os.loadavg()[0] ?? 0).toFixed(2)})`)
    await new Promise((r) => setTimeout(r, 10_000))
  }
}

/** Every fan-out scenario on both servers (both up, runs interleaved), combined per scenario and server. */
async function fanoutSuite(p: Plan, kinds: ServerKind[], cleanup: Cleanup): Promise<FanoutResult[]> {
  const combined: FanoutResult[] = []
  for (const readers of p.readerCounts) {
    const servers: ServerHandle[] = []
    // The reference offers no permessage-deflate: ours runs without it too, so both put the same bytes on the wire.
    for (const kind of kinds) servers.push(kind === 'ours' ? await startOurs(cleanup, { env: { DEFLATE: 'off' } }) : await startReference(cleanup))
    try {
      for (const s of p.scenarios) {
        if (s.maxReaders !== undefined && readers > s.maxReaders) continue
        const runs = new Map<ServerKind, FanoutResult[]>()
        for (let rep = 0; rep < s.repeats; rep++) {
          // Alternate which server goes first, so neither always runs on the other's heels.
          for (const server of rep % 2 === 0 ? servers : [...servers].reverse()) {
            const room = `note:bench-${s.mode}-${s.readerKind}-${readers}-${rep}`
            log(`fan-out ${server.kind}: ${s.mode} ${s.updates} updates × ${readers} ${s.readerKind} readers (run ${rep + 1}/${s.repeats})`)
            const r = await runFanout(server, { ...s, readers, rateHz: p.rateHz, workers: p.workers, room }, cleanup)
            log(`  ${Math.round(r.deliveriesPerSec)} deliveries/s, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, server CPU ${r.serverCpuS.toFixed(2)} s`)
            runs.set(server.kind, [...(runs.get(server.kind) ?? []), r])
          }
        }
        for (const results of runs.values()) combined.push(combineRuns(results))
      }
    } finally {
      for (const server of servers) await server.stop()
    }
  }
  return combined
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2))
  const p = plan(args.has('--quick'))
  if (args.has('--wait-quiet')) await waitQuiet()
  const started = Date.now()
  const machine = describeMachine()
  const includeOurs = !args.has('--reference-only') && oursAvailable()
  if (!includeOurs) log('our server is not built (dist/server/index.js) or was excluded: reference only')
  const kinds: ServerKind[] = includeOurs ? ['reference', 'ours'] : ['reference']

  const cleanup = new Cleanup()
  const onSignal = (signal: NodeJS.Signals): void => {
    log(`${signal}: cleaning up`)
    void cleanup.run().finally(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)

  const fanout: FanoutResult[] = []
  const coldOpen: ColdOpenResult[] = []
  try {
    fanout.push(...(await fanoutSuite(p, kinds, cleanup)))
    const cold = { updates: p.coldUpdates, repeats: p.coldRepeats, room: 'note:bench-cold' }
    log(`cold open reference: ${cold.updates} updates`)
    coldOpen.push(await coldOpenReference(cold, cleanup))
    if (includeOurs) {
      log(`cold open ours: ${cold.updates} updates, ${cold.repeats} restarts per case`)
      coldOpen.push(await coldOpenOurs(cold, cleanup))
    }
  } finally {
    await cleanup.run()
  }

  const report = {
    date: new Date().toISOString(),
    machine: { ...machine, loadAtEnd: os.loadavg()[0] ?? 0 },
    oursIncluded: includeOurs,
    fanout,
    coldOpen,
    durationSeconds: (Date.now() - started) / 1000,
  }
  printReport(report)
  const written = writeReport(report, benchDir)
  log(`wrote ${path.relative(process.cwd(), written.markdown)} and ${path.relative(process.cwd(), written.json)}`)
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    process.exit(1)
  },
)
