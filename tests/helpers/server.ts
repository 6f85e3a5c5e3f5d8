/**
 * Starts the real server (the built `dist/server/index.js`) as a child process
 * on port 0 with a temporary data folder, and tears it down.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { waitFor } from './wait.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const entry = path.join(root, 'dist/server/index.js')

export interface TestServer {
  url: string
  wsUrl: string
  port: number
  dataDir: string
  proc: ChildProcess
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
}

/** Starts the server and resolves once it listens. */
export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'impact-test-'))
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
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    port,
    dataDir,
    proc,
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
