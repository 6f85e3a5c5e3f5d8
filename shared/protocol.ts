/**
 * The wire contract between clients and the sync server.
 *
 * The base protocol is the standard y-websocket one (y-protocols sync and
 * awareness), so the stock `WebsocketProvider` connects unchanged. Everything
 * here is shared by client, server, tests and benchmarks; none of them copies
 * a constant.
 */

/** Path prefix of the sync endpoint: `ws(s)://HOST/sync/<docId>`. */
export const SYNC_PATH = '/sync'

/** Top-level message types of the y-websocket protocol (first varUint of a frame). */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /**
   * Saved-on-server, an opt-in extension (stock clients never see it): a
   * client sends `[savedOnServer]` once per connection to subscribe; the
   * server then sends `[savedOnServer, varUint8Array(stateVector)]` whenever
   * updates reached disk — the state vector of what is durably stored, so the
   * client knows exactly which of its changes the server holds.
   */
  savedOnServer: 100,
  /**
   * Saved mark, an opt-in extension beside `savedOnServer`: a client sends
   * `[savedMark, varUint(n)]`; the server answers `[savedMark, varUint(n)]` once
   * everything that client sent before the mark is durably stored. It covers
   * what a state vector cannot show — deletions — and confirms a reconnect's
   * sync step 2. Stock clients never send it, so they never receive it.
   */
  savedMark: 101,
} as const
export type MessageType = (typeof MessageType)[keyof typeof MessageType]

/**
 * Close codes the server uses. 4000–4999 is the range RFC 6455 leaves to
 * applications; by the y-websocket convention 4400–4499 mirror HTTP 4xx and are
 * permanent (the stock provider stops reconnecting), while 4500–4599 are
 * "try again later". 1009/1011/1013 are the standard ones where they fit.
 */
export const CloseCode = {
  /** Frame could not be decoded (random bytes, truncated varint, unknown type). */
  malformedMessage: 4400,
  /** Text frames are not part of the protocol. */
  textFrame: 4415,
  /** Frame larger than the configured maximum. */
  messageTooBig: 1009,
  /** Too many frames queued while the document was loading. */
  queueOverflow: 4529,
  /** The socket's send buffer stayed over the limit: the client cannot keep up. */
  slowConsumer: 4508,
  /** The client missed a ping. */
  pingTimeout: 4510,
  /** The document could not be loaded from storage. */
  loadFailed: 1011,
  /** The server is shutting down; reconnect later. */
  serverShutdown: 1001,
  /** The server is overloaded; the client should wait and retry. */
  tryAgainLater: 1013,
  /** The session ended (signed out, expired, password changed, account disabled): sign in again. */
  signedOut: 4401,
  /** The person no longer has access to this document's board. */
  accessRevoked: 4403,
} as const
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]

/** Codes after which a client should not reconnect by itself (the stock provider's rule). */
export function isPermanentClose(code: number): boolean {
  return code >= 4400 && code < 4500
}

/** Human-readable close reasons, sent with the close frame (≤ 123 bytes). */
export const closeReason: Record<CloseCode, string> = {
  [CloseCode.malformedMessage]: 'malformed message',
  [CloseCode.textFrame]: 'text frames are not supported',
  [CloseCode.messageTooBig]: 'message too big',
  [CloseCode.queueOverflow]: 'too many messages while loading',
  [CloseCode.slowConsumer]: 'client too slow',
  [CloseCode.pingTimeout]: 'ping timeout',
  [CloseCode.loadFailed]: 'document could not be loaded',
  [CloseCode.serverShutdown]: 'server shutting down',
  [CloseCode.tryAgainLater]: 'server busy, try again later',
  [CloseCode.signedOut]: 'signed out: sign in again',
  [CloseCode.accessRevoked]: 'no access to this board any more',
}

/**
 * A `tryAgainLater` (1013) close reason with the time the client should wait,
 * e.g. `server busy, try again later; retry-after=1500` (milliseconds).
 */
export function tryAgainLaterReason(retryAfterMs: number): string {
  return `${closeReason[CloseCode.tryAgainLater]}; retry-after=${Math.max(0, Math.round(retryAfterMs))}`
}

/** The retry-after hint (ms) of a close reason, or null when it carries none. */
export function parseRetryAfter(reason: string): number | null {
  const match = /retry-after=(\d{1,7})/.exec(reason)
  return match ? Number(match[1]) : null
}
