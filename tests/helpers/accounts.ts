/** Accounts for tests, made the way a curator makes them: with the admin tool on the server's data folder. */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const adminEntry = path.join(root, 'dist/server/cli/admin.js')

export interface AdminResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `npm run admin -- <args>` (the built tool) on `dataDir`, with `input` on standard input. */
export function admin(dataDir: string, args: string[], input = ''): Promise<AdminResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [adminEntry, ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir }, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    proc.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c))
    proc.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
    proc.on('error', reject)
    proc.on('close', (code) => resolve({ code, stdout, stderr }))
    proc.stdin.end(input)
  })
}

/** Adds a person with the admin tool; throws with its message when it fails. */
export async function addUser(dataDir: string, user: { login: string; name: string; password: string; role?: 'curator' | 'member' }): Promise<void> {
  const result = await admin(dataDir, ['add-user', '--login', user.login, '--name', user.name, '--role', user.role ?? 'member'], `${user.password}\n`)
  if (result.code !== 0) throw new Error(`admin add-user failed (${result.code}): ${result.stderr}`)
}
