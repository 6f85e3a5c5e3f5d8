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

/** Connects a real `WebsocketProvider` to `wsUrl` (…/sync) for `docId`. */
export function connectClient(wsUrl: string, docId: string, options: { doc?: Y.Doc; connect?: boolean; params?: Record<string, string> } = {}): TestClient {
  const doc = options.doc ?? new Y.Doc()
  const provider = new WebsocketProvider(wsUrl, docId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
    params: options.params ?? {},
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
