// `npm run dev`: the server (rebuilt once) on PORT 8080 and the Vite dev
// server with hot reload, which proxies /api, /healthz and /sync to it.
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const built = spawnSync('npm', ['run', 'build:server'], { cwd: root, stdio: 'inherit' })
if (built.status !== 0) process.exit(built.status ?? 1)

const children = [
  spawn(process.execPath, ['dist/server/index.js'], { cwd: root, stdio: 'inherit', env: { ...process.env, PORT: '8080' } }),
  spawn('npx', ['vite'], { cwd: root, stdio: 'inherit' }),
]
const stop = () => children.forEach((c) => c.kill('SIGTERM'))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
children.forEach((c) => c.on('exit', stop))
