import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

const root = path.dirname(fileURLToPath(import.meta.url))
const outDir = path.join(root, 'dist/client')
/** Where `npm run dev` runs the server (see scripts/dev.mjs). */
const api = 'http://127.0.0.1:8080'

/**
 * The service worker (workbox, generated at build): precaches every emitted
 * file (lazy chunks included) so the app opens with no network; navigations
 * get the cached shell at once (a warm visit does not wait for a slow link);
 * data (/api, /sync, /healthz) always goes to the server. A new version waits
 * until the person agrees to reload (`registerType: 'prompt'`, see sync/appUpdate.ts).
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon.png'],
  manifest: {
    id: '/',
    name: 'Импакт-борд',
    short_name: 'Импакт-борд',
    description: 'Доска инициатив и заявок на гранты: работает и без сети',
    lang: 'ru',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1f5f8b',
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api\//, /^\/sync(\/|$)/, /^\/healthz/],
    cleanupOutdatedCaches: true,
    // The first install takes over the open page at once, so it works offline without a reload.
    clientsClaim: true,
    // The editor and export chunks are big but must work offline too.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  },
})

export default defineConfig({
  root: path.join(root, 'client'),
  plugins: [react(), pwa],
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
