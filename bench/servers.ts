/**
 * The servers under test, each a child process on 127.0.0.1: ours (the built
 * `dist/server/index.js`, durable storage on) and the reference y-websocket
 * server (in memory). Both expose the same small handle so benchmarks treat
 * them alike.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { SYNC_PATH } from '../shared/protocol.js'
import type { Cleanup } from './cleanup.js'
import { waitUntil } from './clients.js'
import { AuthStore } from '../server/auth/authStore.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** Entry of our built server. */
export const OURS_ENTRY = path.join(root, 'dist/server/index.js')
const REFERENCE_ENTRY = path.join(root, 'node_modules/@y/websocket-server/src/server.js')
/** Preloaded into both servers: reports their event-loop delay on SIGUSR2. */
const LOOP_DELAY_PROBE = path.join(root, 'bench/probe/loop-delay.mjs')
const PROBE_PREFIX = '@@loop-delay '

export type ServerKind = 'ours' | 'reference'

/** Event-loop delay of a server process, ms. */
export interface LoopDelay {
  p50: number
  p99: number
  max: number
}

/** CPU seconds of a process. */
export interface CpuTimes {
  user: number
  system: number
}

export interface ServerHandle {
  kind: ServerKind
  pid: number
  port: number
  /** Base URL handed to `WebsocketProvider` (the room name is appended by it). */
  wsBase: string
  /** API token our server requires (`?token=`); null for the reference, which has no accounts. */
  token: string | null
  /** Data folder (ours only). */
  dataDir: string | null
  /** CPU time of the server process so far, in seconds: user, system (utime, stime). */
  cpu(): CpuTimes
  /** Event-loop delay of the server since the previous call (the first call only resets). */
  loopDelay(): Promise<LoopDelay>
  /** Resident set size of the server process, in MiB. */
  rssMiB(): number
  /** SIGTERM (clean shutdown: ours flushes and compacts) and wait for exit. */
  stop(): Promise<void>
  /** SIGKILL and wait for exit. */
  kill(): Promise<void>
}

export interface OursOptions {
  /** Reuse a data folder (restarts); a fresh temporary one otherwise, removed by `cleanup`. */
  dataDir?: string
  /** Extra environment (limits such as COMPACT_RECORDS, IDLE_UNLOAD_MS). */
  env?: Record<string, string>
  /** Extra Node flags, e.g. --cpu-prof to find where time goes. */
  nodeArgs?: string[]
  /** Another build of our server to run (A/B comparisons); `dist/server/index.js` by default. */
  entry?: string
}

/** True once our server has been built. */
export function oursAvailable(): boolean {
  return existsSync(OURS_ENTRY)
}

/** Makes a temporary data folder that `cleanup` removes. */
export function tempDataDir(cleanup: Cleanup): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'impact-bench-'))
  cleanup.add(async () => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/**
 * Starts our server on a free port; resolves once `/healthz` answers. The port
 * is chosen here because at LOG_LEVEL=warn the server does not print its
 * `listening` line (it is logged at info), so PORT=0 could not be discovered.
 */
export async function startOurs(cleanup: Cleanup, options: OursOptions = {}): Promise<ServerHandle> {
  const dataDir = options.dataDir ?? tempDataDir(cleanup)
  const token = await benchToken(dataDir)
  const port = await freePort()
  const env = { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...options.env }
  const child = launch(cleanup, options.entry ?? OURS_ENTRY, env, options.nodeArgs)
  await child.waitForLine(() => null, async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : null
    } catch {
      return null
    }
  })
  return handle('ours', child, port, `ws://127.0.0.1:${port}${SYNC_PATH}`, dataDir, token)
}

/** Starts the reference server (in memory) on a free port. */
export async function startReference(cleanup: Cleanup, nodeArgs: string[] = []): Promise<ServerHandle> {
  const port = await freePort()
  const child = launch(cleanup, REFERENCE_ENTRY, { HOST: '127.0.0.1', PORT: String(port) }, nodeArgs)
  await child.waitForLine((line) => (line.startsWith('running at') ? true : null))
  return handle('reference', child, port, `ws://127.0.0.1:${port}`, null, null)
}

/** Our `/healthz`. */
export interface Health {
  ok: boolean
  docsLoaded: number
  connections: number
}

/** Reads our `/healthz`. */
export async function health(server: ServerHandle): Promise<Health> {
  const res = await fetch(`http://127.0.0.1:${server.port}/healthz`)
  const body: unknown = await res.json()
  if (typeof body !== 'object' || body === null) throw new Error('healthz: not an object')
  const rec = body as Record<string, unknown>
  return { ok: rec.ok === true, docsLoaded: Number(rec.docsLoaded), connections: Number(rec.connections) }
}

/** Total bytes of the files under `dir`. */
export function dirBytes(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    total += entry.isDirectory() ? dirBytes(full) : statSync(full).size
  }
  return total
}

/** Kernel clock ticks per second, for /proc/<pid>/stat. */
function clockTicks(): number {
  try {
    const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim())
    return value > 0 ? value : 100
  } catch {
    return 100
  }
}

/** utime and stime (seconds) of a process, from /proc/<pid>/stat. */
export function processCpu(pid: number, ticksPerSecond: number): CpuTimes {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // utime and stime are fields 14 and 15 of the full line: 12 and 13 here.
  return { user: Number(fields[11]) / ticksPerSecond, system: Number(fields[12]) / ticksPerSecond }
}

interface Launched {
  proc: ChildProcess
  pid: number
  exited: Promise<void>
  isGone(): boolean
  /** Loop-delay reports printed so far. */
  probes: LoopDelay[]
  /** Waits until a printed line matches, or `probe` (polled) succeeds. */
  waitForLine<T>(match: (line: string) => T | null, probe?: () => Promise<T | null>): Promise<T>
}

function launch(cleanup: Cleanup, entry: string, env: Record<string, string>, nodeArgs: string[] = []): Launched {
  const proc = spawn(process.execPath, ['--import', pathToFileURL(LOOP_DELAY_PROBE).href, ...nodeArgs, entry], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (proc.pid === undefined) throw new Error(`could not start ${entry}`)
  const pid = proc.pid
  let gone = false
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()))
  void exited.then(() => {
    gone = true
  })
  cleanup.add(async () => {
    if (gone) return
    proc.kill('SIGKILL')
    await exited
  })
  const lines: string[] = []
  let stderr = ''
  let partial = ''
  let partialErr = ''
  const probes: LoopDelay[] = []
  proc.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    partial += chunk
    const parts = partial.split('\n')
    partial = parts.pop() ?? ''
    // Keep the start-up lines only; a long run must not grow this without bound.
    for (const line of parts) if (lines.length < 200) lines.push(line)
  })
  proc.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    partialErr += chunk
    const parts = partialErr.split('\n')
    partialErr = parts.pop() ?? ''
    for (const line of parts) {
      const figures = line.startsWith(PROBE_PREFIX) ? parseJson(line.slice(PROBE_PREFIX.length)) : null
      if (figures) probes.splice(0, probes.length, { p50: Number(figures.p50), p99: Number(figures.p99), max: Number(figures.max) })
      else if (stderr.length < 20_000) stderr += line + '\n'
    }
  })
  return {
    proc,
    pid,
    exited,
    probes,
    isGone: () => gone,
    async waitForLine<T>(match: (line: string) => T | null, probe?: () => Promise<T | null>): Promise<T> {
      return waitUntil(
        async () => {
          if (gone) throw new Error(`${path.basename(entry)} exited during start-up: ${stderr.slice(0, 2000)}`)
          for (const line of lines) {
            const found = match(line)
            if (found !== null) return found
          }
          return probe ? probe() : null
        },
        { timeoutMs: 20_000, what: `${path.basename(entry)} to listen` },
      )
    },
  }
}

const ticks = clockTicks()

/**
 * A workspace curator and an API token for the benchmark clients, written into
 * the data folder before the server starts (as `npm run admin` would), so the
 * measured connections pass the same sign-in check as everyone's.
 */
async function benchToken(dataDir: string): Promise<string> {
  const store = new AuthStore(path.join(dataDir, 'auth.json'))
  const user = (await store.userByLogin('bench')) ?? (await store.addUser({ login: 'bench', name: 'Benchmark', password: randomBytes(16).toString('hex'), workspaceRole: 'curator' }))
  return (await store.createToken(user.id, 'bench')).secret
}

/** Adds a board curator `name` to our server and signs them in; returns the session cookie's value. */
export async function benchPerson(server: ServerHandle, name: string): Promise<string> {
  if (!server.dataDir) throw new Error('only our server has accounts')
  const login = `bench-${randomBytes(4).toString('hex')}`
  const password = randomBytes(16).toString('hex')
  await new AuthStore(path.join(server.dataDir, 'auth.json')).addUser({ login, name, password, workspaceRole: 'curator' })
  const res = await fetch(`http://127.0.0.1:${server.port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) })
  const cookie = /impact_session=([^;]+)/.exec(res.headers.getSetCookie().join('\n'))?.[1]
  if (!res.ok || !cookie) throw new Error(`sign-in for the bench answered ${res.status}`)
  return cookie
}

function handle(kind: ServerKind, child: Launched, port: number, wsBase: string, dataDir: string | null, token: string | null): ServerHandle {
  const signal = async (sig: NodeJS.Signals): Promise<void> => {
    if (child.isGone()) return
    child.proc.kill(sig)
    await child.exited
  }
  return {
    kind,
    pid: child.pid,
    port,
    wsBase,
    token,
    dataDir,
    cpu: () => processCpu(child.pid, ticks),
    loopDelay: async () => {
      child.probes.length = 0
      child.proc.kill('SIGUSR2')
      return waitUntil(() => child.probes[0] ?? null, { timeoutMs: 10_000, intervalMs: 5, what: 'the loop-delay probe' })
    },
    rssMiB: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1]
      return kb === undefined ? 0 : Number(kb) / 1024
    },
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  }
}

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      srv.close(() => resolve(port))
    })
  })
}

function parseJson(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line)
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}
