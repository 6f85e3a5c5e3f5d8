/**
 * Counting bytes on the wire: a `ws` WebSocket class for the stock provider
 * whose TCP sockets are recorded, so a test can read what really crossed the
 * network (after permessage-deflate, frame headers included).
 */
import net from 'node:net'
import { WebSocket } from 'ws'

export interface Wire {
  /** A WebSocket class to pass as `WebSocketPolyfill`. */
  WS: typeof globalThis.WebSocket
  /** Bytes received over every socket opened so far. */
  received(): number
  /** Bytes sent over every socket opened so far. */
  sent(): number
  /** Extensions negotiated by the last socket. */
  extensions(): string
}

/** A counting WebSocket class; `deflate: false` makes the client not offer permessage-deflate. */
export function countingWire({ deflate = true }: { deflate?: boolean } = {}): Wire {
  const sockets: net.Socket[] = []
  let last: WebSocket | null = null
  const counted = ((options: net.NetConnectOpts) => {
    const socket = net.connect(options)
    sockets.push(socket)
    return socket
  }) as typeof net.createConnection
  class CountingWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, {
        perMessageDeflate: deflate,
        createConnection: counted,
      })
      last = this
    }
  }
  return {
    WS: CountingWebSocket as unknown as typeof globalThis.WebSocket,
    received: () => sockets.reduce((sum, s) => sum + s.bytesRead, 0),
    sent: () => sockets.reduce((sum, s) => sum + s.bytesWritten, 0),
    extensions: () => last?.extensions ?? '',
  }
}
