/** Turns benchmark results into the stdout table, `bench/RESULTS.md` and a raw JSON copy. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ColdOpenResult } from './coldOpen.js'
import { WARM_UP, type FanoutResult } from './fanout.js'
import { fmt, markdownTable, ratio, textTable } from './stats.js'

export interface Machine {
  cores: number
  cpu: string
  memoryGiB: number
  node: string
  platform: string
  /** 1-minute load average when the run started (other work on the machine skews figures). */
  loadAtStart: number
  loadAtEnd: number
}

export interface Report {
  date: string
  machine: Machine
  /** False when our server was not built: reference figures only. */
  oursIncluded: boolean
  fanout: FanoutResult[]
  coldOpen: ColdOpenResult[]
  durationSeconds: number
}

/** Facts about this machine. */
export function describeMachine(): Machine {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAtStart: os.loadavg()[0] ?? 0,
    loadAtEnd: 0,
  }
}

const TARGET_THROUGHPUT = 1.0
const TARGET_P99 = 1.2

function pair(results: FanoutResult[], r: FanoutResult): FanoutResult | undefined {
  return results.find((o) => o.server === 'ours' && o.mode === r.mode && o.readers === r.readers && o.readerKind === r.readerKind)
}

function p99(r: FanoutResult | undefined): string {
  if (!r) return '—'
  return r.runs > 1 ? `${fmt(r.p99Ms, 1)} (${r.p99PerRunMs.map((v) => fmt(v, 1)).join('/')})` : fmt(r.p99Ms, 1)
}

function cpu(r: FanoutResult | undefined): string {
  return r ? `${fmt(r.serverCpuS, 2)} (${fmt(r.serverSystemS, 2)})` : '—'
}

function fanoutRows(report: Report): string[][] {
  const head = ['scenario', 'deliv/s ref', 'ours', '×', 'p50 ms ref', 'ours', 'p99 ms ref', 'ours', '×', 'CPU s (sys) ref', 'ours', 'CPU ms/1k ref', 'ours', 'loop max ms ref', 'ours', 'client ELU ref', 'ours', 'upd/msg ref', 'ours']
  const rows = [head]
  for (const ref of report.fanout.filter((r) => r.server === 'reference')) {
    const ours = pair(report.fanout, ref)
    const lost = (r: FanoutResult | undefined): string => (r && r.delivered < r.expected ? ` (${r.delivered}/${r.expected})` : '')
    rows.push([
      `${ref.mode} ${ref.updates} × ${ref.readers} readers (${ref.readerKind}${ref.runs > 1 ? `, mean of ${ref.runs} runs` : ''})`,
      fmt(ref.deliveriesPerSec, 0) + lost(ref),
      fmt(ours?.deliveriesPerSec, 0) + lost(ours),
      fmt(ratio(ours?.deliveriesPerSec, ref.deliveriesPerSec), 2),
      fmt(ref.p50Ms, 1),
      fmt(ours?.p50Ms, 1),
      p99(ref),
      p99(ours),
      fmt(ratio(ours?.p99Ms, ref.p99Ms), 2),
      cpu(ref),
      cpu(ours),
      fmt(ref.cpuMsPerKDelivery, 1),
      fmt(ours?.cpuMsPerKDelivery, 1),
      fmt(ref.serverLoopMaxMs, 0),
      fmt(ours?.serverLoopMaxMs, 0),
      fmt(ref.clientUtilization, 2),
      fmt(ours?.clientUtilization, 2),
      fmt(ref.entriesPerMessage, 1),
      fmt(ours?.entriesPerMessage, 1),
    ])
  }
  return rows
}

/** Scenario, throughput and latency columns. */
function deliveryColumns(rows: string[][]): string[][] {
  return rows.map((r) => r.slice(0, 9))
}

/** Scenario and server-cost columns. */
function costColumns(rows: string[][]): string[][] {
  return rows.map((r) => [r[0] ?? '', ...r.slice(9)])
}

function coldRows(report: Report): string[][] {
  const ref = report.coldOpen.find((c) => c.server === 'reference')
  const ours = report.coldOpen.find((c) => c.server === 'ours')
  const n = (ref ?? ours)?.updates ?? 0
  const base = ref?.fromMemoryMedianMs
  const list = (c: ColdOpenResult | undefined, pick: 'fromLog' | 'fromSnapshot'): string => (c ? c[pick].map((t) => fmt(t.openMs, 0)).join(', ') : '—')
  const memory = (c: ColdOpenResult | undefined): string => (c ? c.fromMemory.map((t) => fmt(t, 0)).join(', ') : '—')
  const kib = (bytes: number | null | undefined): string => fmt((bytes ?? Number.NaN) / 1024, 0)
  return [
    [`open of ${n} small updates, connect → synced (ms)`, 'reference', 'ours', '× ref'],
    ['from memory, clients right after the writes (median)', fmt(base, 0), fmt(ours?.fromMemoryMedianMs, 0), fmt(ratio(ours?.fromMemoryMedianMs, base), 2)],
    ['  each client', memory(ref), memory(ours), ''],
    ['cold: restart after SIGKILL, replay the log (median)', '—', fmt(ours?.fromLogMedianMs, 0), fmt(ratio(ours?.fromLogMedianMs, base), 2)],
    ['  each restart', '', list(ours, 'fromLog'), ''],
    ['cold: restart after compaction, load the snapshot (median)', '—', fmt(ours?.fromSnapshotMedianMs, 0), fmt(ratio(ours?.fromSnapshotMedianMs, base), 2)],
    ['  each restart', '', list(ours, 'fromSnapshot'), ''],
    ['process start → /healthz answers (median)', '—', fmt(ours?.startMedianMs, 0), ''],
    [`writing the ${n} updates one by one (s)`, fmt(ref?.writeSeconds, 1), fmt(ours?.writeSeconds, 1), fmt(ratio(ours?.writeSeconds, ref?.writeSeconds), 2)],
    ['on disk: log, then snapshot (KiB)', '—', `${kib(ours?.logBytes)}, ${kib(ours?.snapshotBytes)}`, ''],
  ]
}

/** One line per target: met or not, with the figures. */
function targetLines(report: Report): string[] {
  if (!report.oursIncluded) return ['- Our server was not built: targets not evaluated.']
  const lines: string[] = []
  for (const ref of report.fanout.filter((r) => r.server === 'reference')) {
    const ours = pair(report.fanout, ref)
    if (!ours) continue
    const name = `${ref.mode}, ${ref.readers} ${ref.readerKind} readers`
    if (ref.mode === 'burst') {
      const x = ratio(ours.deliveriesPerSec, ref.deliveriesPerSec)
      lines.push(`- ${x !== null && x >= TARGET_THROUGHPUT ? 'MET' : 'NOT MET'}: deliveries/s ≥ reference (${name}): ${fmt(ours.deliveriesPerSec, 0)} vs ${fmt(ref.deliveriesPerSec, 0)} = ${fmt(x, 2)}×`)
    } else {
      const x = ratio(ours.p99Ms, ref.p99Ms)
      lines.push(`- ${x !== null && x <= TARGET_P99 ? 'MET' : 'NOT MET'}: paced p99 ≤ ${TARGET_P99}× reference (${name}): ${fmt(ours.p99Ms, 1)} ms vs ${fmt(ref.p99Ms, 1)} ms = ${fmt(x, 2)}×`)
    }
  }
  return lines
}

/** The compact table printed at the end of a run. */
export function printReport(report: Report): void {
  const out = [
    '',
    'Fan-out (ours with durable storage vs reference in memory; × = ours/reference)',
    textTable(deliveryColumns(fanoutRows(report))),
    '',
    textTable(costColumns(fanoutRows(report))),
    '',
    'Cold open',
    textTable(coldRows(report)),
    '',
    'Targets',
    ...targetLines(report),
    '',
  ]
  process.stdout.write(out.join('\n') + '\n')
}

/** Sections other benchmarks keep in RESULTS.md between `<!-- name:start -->` and `<!-- name:end -->` (the slow-link figures). */
function keptSections(file: string): string {
  if (!existsSync(file)) return ''
  const kept = readFileSync(file, 'utf8').match(/<!-- ([\w-]+):start -->[\s\S]*?<!-- \1:end -->/g) ?? []
  return kept.map((section) => `${section}\n`).join('\n')
}

/** Writes RESULTS.md beside this file (keeping other benchmarks' sections) and the raw numbers to `.out/`. */
export function writeReport(report: Report, benchDir: string): { markdown: string; json: string } {
  const m = report.machine
  const md = [
    '# Benchmarks: ours vs the reference y-websocket server',
    '',
    `Run ${report.date} with \`npm run bench\` (${fmt(report.durationSeconds, 0)} s). Ours runs with durable storage`,
    '(fsynced append-only log + snapshots); the reference (`@y/websocket-server` 0.1.1) keeps documents in memory.',
    'Fan-out runs ours with `DEFLATE=off`: the reference offers no permessage-deflate, so both put the same bytes on the wire',
    '(with it on, each compressed frame a client sends is inflated before it is applied; see the deflate section below).',
    '',
    `Machine: ${m.cores} cores, ${m.cpu}, ${fmt(m.memoryGiB, 1)} GiB RAM, Node ${m.node}, ${m.platform}.`,
    `Load average (1 min) at start ${fmt(m.loadAtStart, 2)}, at end ${fmt(m.loadAtEnd, 2)}: other work on the machine skews the figures.`,
    '',
    '## Targets',
    '',
    '- Ours, with durable storage, delivers at least as many updates per second as the reference (burst).',
    `- Ours' paced p99 delivery latency is no worse than ${TARGET_P99}× the reference's.`,
    '',
    ...targetLines(report),
    '',
    '## Fan-out',
    '',
    'One writer, N readers in one document. Each update sets one entry `[seq, sendTime]` in a Y.Map; a',
    'delivery is one entry seen by one reader (counted per update, so merged messages count fully).',
    'Burst: all updates sent back to back; deliveries/s = deliveries ÷ (first send → last receipt).',
    'Paced: 100 updates/s, measured with both reader kinds. Latency = receipt − send, clocks of reader threads aligned to the writer\'s.',
    'Server CPU = utime + stime of the server process over the measurement (/proc/<pid>/stat); (sys) = stime.',
    `Each scenario first sends ${WARM_UP} warm-up updates that are not counted, the way it then measures (burst or paced).`,
    'Readers run in worker threads: *light* readers speak the sync protocol without a Y.Doc (so the',
    'burst measures the server), *provider* readers are real Y.Docs with `WebsocketProvider`.',
    'Client ELU = highest event-loop utilisation of a reader thread (near 1: the readers were the bottleneck).',
    'upd/msg = updates per message a reader received (above 1: the server merged updates).',
    'loop max = longest event-loop delay of the server process during the measurement (a probe preloaded into both).',
    '',
    markdownTable(deliveryColumns(fanoutRows(report))),
    '',
    'What it cost the server, and who was the bottleneck:',
    '',
    markdownTable(costColumns(fanoutRows(report))),
    '',
    '## Cold open',
    '',
    'Connect → synced for a fresh client, on a document of small updates written one by one (each',
    'relayed before the next, so each is its own log record). Ours: the server is SIGKILLed (a clean',
    'stop would compact), restarted on the same data folder, and opened once per restart; then it is',
    'let unload (which compacts) and reopened from the snapshot. The reference has no persistence: its',
    'figure, fresh clients right after the writes (from memory), is the baseline (× ref = ours ÷ that median).',
    '',
    markdownTable(coldRows(report)),
    '',
    'Raw numbers of the latest run: `bench/.out/latest.json` (not committed).',
    '',
  ].join('\n')
  const file = path.join(benchDir, 'RESULTS.md')
  writeFileSync(file, md + keptSections(file))
  const outDir = path.join(benchDir, '.out')
  mkdirSync(outDir, { recursive: true })
  const json = path.join(outDir, `results-${report.date.replace(/[:.]/g, '-')}.json`)
  const raw = JSON.stringify(report, null, 2)
  writeFileSync(json, raw)
  writeFileSync(path.join(outDir, 'latest.json'), raw)
  return { markdown: file, json }
}
