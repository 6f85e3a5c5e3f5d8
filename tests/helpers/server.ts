/**
 * Starts the real server (the built `dist/server/index.js`) as a child process
 * on port 0 with a temporary data folder, and tears it down.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { signIn, storeUser, type Account } from './accounts.js'
import { waitFor } from './wait.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const entry = path.join(root, 'dist/server/index.js')

export interface TestServer {
  url: string
  wsUrl: string
  port: number
  dataDir: string
  proc: ChildProcess
  /**
   * The workspace curator every test server starts with (signed in), unless
   * started with `curator: false`.
   */
  curator: Account
  /** The curator's API token (for `/sync?token=…`). */
  token: string
  /** `fetch(url + path)` as the curator (bearer token), unless `init` brings its own credentials. */
  fetch(path: string, init?: RequestInit): Promise<Response>
  /** Every line the server logged, parsed. */
  logs: Array<Record<string, unknown>>
  /** Sends SIGTERM and waits for exit; returns the exit code. */
  stop(): Promise<number | null>
  /** Sends SIGKILL and waits for the process to be gone. */
  kill(): Promise<void>
  /** Stops (if running) and removes the data folder. */
  dispose(): Promise<void>
}

export interface StartOptions {
  /** Reuse a data folder (to test restarts); a temporary one otherwise. */
  dataDir?: string
  /** Extra environment variables (limits etc.). */
  env?: Record<string, string>
  /** Fixed port, e.g. to restart on the same one; 0 by default. */
  port?: number
  /** Seed and sign in the workspace curator (default); false starts with no account at all. */
  curator?: boolean
}

/** The seeded workspace curator's credentials. */
export const CURATOR = { login: 'main-curator', name: 'Куратор Пространства', password: 'curator-password-1' } as const

/** Starts the server and resolves once it listens. */
export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'impact-test-'))
  const seed = options.curator ?? true
  // Written before the server starts, as `npm run admin -- add-user` on a fresh install; kept across restarts.
  if (seed) await storeUser(dataDir, { ...CURATOR, workspaceRole: 'curator' })
  const proc = spawn(process.execPath, [entry], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const logs: Array<Record<string, unknown>> = []
  let stderr = ''
  let buffered = ''
  proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk
    let nl: number
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl)
      buffered = buffered.slice(nl + 1)
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>)
      } catch {
        logs.push({ raw: line })
      }
    }
  })
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)))
  let gone = false
  void exited.then(() => {
    gone = true
  })

  const listening = await waitFor(
    () => {
      if (gone) throw new Error(`server exited during start-up: ${stderr}`)
      return logs.find((l) => l.msg === 'listening')
    },
    { timeout: 20_000, message: 'the server to listen' },
  )
  const port = Number(listening.port)
  const url = `http://127.0.0.1:${port}`
  let curator: Account | undefined
  if (seed) {
    const signed = await signIn(url, CURATOR.login, CURATOR.password)
    curator = { ...signed, login: CURATOR.login, password: CURATOR.password, headers: { authorization: `Bearer ${signed.token}` } }
  }
  const noCurator = (): never => {
    throw new Error('this server was started with `curator: false`')
  }
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    port,
    dataDir,
    proc,
    get curator() {
      return curator ?? noCurator()
    },
    get token() {
      return (curator ?? noCurator()).token
    },
    fetch(pathAndQuery: string, init: RequestInit = {}) {
      const headers = new Headers(init.headers)
      if (curator && !headers.has('authorization') && !headers.has('cookie')) headers.set('authorization', `Bearer ${curator.token}`)
      return fetch(`${url}${pathAndQuery}`, { ...init, headers })
    },
    logs,
    async stop() {
      if (gone) return proc.exitCode
      proc.kill('SIGTERM')
      return exited
    },
    async kill() {
      if (gone) return
      proc.kill('SIGKILL')
      await exited
    },
    async dispose() {
      if (!gone) {
        proc.kill('SIGKILL')
        await exited
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
