// `npm run admin -- <command>`: accounts from the shell (see `server/cli/admin.ts`).
// Builds the server first when its sources changed; uses the server's DATA_DIR.
import { ensureBuilt } from './build-if-stale.mjs'

ensureBuilt({ client: false })
await import(new URL('../dist/server/cli/admin.js', import.meta.url).href)
