import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

const root = path.dirname(fileURLToPath(import.meta.url))
const outDir = path.join(root, 'dist/client')
/** Where `npm run dev` runs the server (see scripts/dev.mjs). */
const api = 'http://127.0.0.1:8080'

/**
 * Writes `sw.js` next to the build with the list of every emitted file, so the
 * service worker keeps the whole app (the lazy editor chunk included) on the
 * device and a reload without a network still opens it.
 */
function serviceWorker(): Plugin {
  return {
    name: 'impact-service-worker',
    apply: 'build',
    writeBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => /\.(js|css|html)$/.test(f))
        .map((f) => `/${f}`)
        .sort()
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12)
      const source = readFileSync(path.join(root, 'client/sw.js'), 'utf8')
        .replace("'__VERSION__'", JSON.stringify(version))
        .replace('__PRECACHE__', JSON.stringify(files))
      writeFileSync(path.join(outDir, 'sw.js'), source)
    },
  }
}

export default defineConfig({
  root: path.join(root, 'client'),
  plugins: [react(), serviceWorker()],
  resolve: {
    // One copy of Yjs only: a second copy breaks `instanceof` checks and sync.
    dedupe: ['yjs', 'y-protocols', 'lib0', '@tiptap/pm'],
  },
  build: {
    outDir,
    emptyOutDir: true,
    // Old laptops and phones: modern syntax is fine, but not the newest.
    target: 'es2020',
    reportCompressedSize: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': api,
      '/healthz': api,
      '/sync': { target: api, ws: true },
    },
  },
})
