// Builds what is missing or out of date before `npm start` or `npm run admin`.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const at = (...parts) => path.join(root, ...parts)

/** Newest modification time under the given files/folders (0 when none exist). */
function newest(paths) {
  let max = 0
  const visit = (p) => {
    if (!existsSync(p)) return
    const st = statSync(p)
    if (st.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name))
    else max = Math.max(max, st.mtimeMs)
  }
  paths.forEach(visit)
  return max
}

function builtAt(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0
}

function run(script, why) {
  // On stderr: the admin tool's standard output is for its answers.
  console.error(`Impact Board: ${why} — npm run ${script}`)
  const result = spawnSync('npm', ['run', script], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

/** Builds the server (and, unless `client` is false, the client) when sources are newer than the build. */
export function ensureBuilt({ client = true } = {}) {
  const serverEntry = at('dist/server/index.js')
  if (builtAt(serverEntry) < newest([at('server'), at('shared'), at('tsconfig.server.json')])) {
    run('build:server', existsSync(serverEntry) ? 'server sources changed' : 'building the server')
  }
  if (!client) return
  const clientIndex = at('dist/client/index.html')
  if (builtAt(clientIndex) < newest([at('client'), at('shared'), at('vite.config.ts')])) {
    run('build:client', existsSync(clientIndex) ? 'client sources changed' : 'building the client')
  }
}
