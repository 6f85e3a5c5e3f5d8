/*
 * Service worker: keeps the app itself (HTML, scripts, styles) on this device,
 * so a reload without a network still opens it; the documents come from
 * IndexedDB. The build replaces the two placeholders below with the list of
 * files and a version derived from it.
 */
const VERSION = '__VERSION__'
const PRECACHE = __PRECACHE__
const CACHE = `impact-app-${VERSION}`
const SHELL = '/index.html'

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('impact-app-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  // Data and sync always go to the server.
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/sync') || url.pathname === '/healthz') return

  if (request.mode === 'navigate') {
    // The network first (a new version may be out); this device's copy when the server cannot be reached.
    event.respondWith(fetch(request).catch(() => caches.match(SHELL, { cacheName: CACHE }).then((hit) => hit || Response.error())))
    return
  }
  // Hashed files never change: this device's copy first.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)))
})
