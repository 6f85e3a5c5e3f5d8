/** Stock y-websocket clients for tests, with the Node settings they need. */
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { waitFor } from './wait.js'

export interface TestClient {
  doc: Y.Doc
  provider: WebsocketProvider
  /** Waits until the provider has synced with the server. */
  synced(): Promise<void>
  destroy(): void
}

/** Where to connect: a test server (as its curator) or any `…/sync` URL with a token. */
export interface SyncTarget {
  wsUrl: string
  /** API token sent as `?token=`; the server refuses a connection without one. */
  token?: string
}

export interface ClientOptions {
  doc?: Y.Doc
  connect?: boolean
  params?: Record<string, string>
  /** Connect as this person instead of the target's own token. */
  as?: { token: string }
}

/** Connects a real `WebsocketProvider` to the server's `/sync` for `docId`, signed in with a token. */
export function connectClient(target: SyncTarget, docId: string, options: ClientOptions = {}): TestClient {
  const doc = options.doc ?? new Y.Doc()
  const token = options.as?.token ?? target.token
  const provider = new WebsocketProvider(target.wsUrl, docId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
    params: { ...(token ? { token } : {}), ...options.params },
    maxBackoffTime: 500,
  })
  return {
    doc,
    provider,
    synced: async () => {
      await waitFor(() => provider.synced, { message: `${docId} to sync`, timeout: 15_000 })
    },
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}
