import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const root = path.dirname(fileURLToPath(import.meta.url))
/** Where `npm run dev` runs the server (see scripts/dev.mjs). */
const api = 'http://127.0.0.1:8080'

export default defineConfig({
  root: path.join(root, 'client'),
  plugins: [react()],
  resolve: {
    // One copy of Yjs only: a second copy breaks `instanceof` checks and sync.
    dedupe: ['yjs', 'y-protocols', 'lib0', '@tiptap/pm'],
  },
  build: {
    outDir: path.join(root, 'dist/client'),
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
