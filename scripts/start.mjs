// `npm start`: builds what is missing or out of date, then runs the server
// (app + API + sync on one port; data in DATA_DIR, ./data by default).
import { ensureBuilt } from './build-if-stale.mjs'

ensureBuilt()
await import(new URL('../dist/server/index.js', import.meta.url).href)
