/**
 * Encoding and decoding of y-websocket frames. Decoding is strict: anything
 * that is not a well-formed frame of a known type throws `MalformedFrameError`,
 * which closes that one connection.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as authProtocol from 'y-protocols/auth'
import * as syncProtocol from 'y-protocols/sync'
import type * as Y from 'yjs'
import { MessageType } from '../../shared/protocol.js'

/** A frame that cannot be decoded (random bytes, truncated varints, unknown types). */
export class MalformedFrameError extends Error {
  override readonly name = 'MalformedFrameError'
}

/** What a client asked for, decoded from one frame. */
export type ClientFrame =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  | { type: 'syncStep2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'queryAwareness' }
  | { type: 'auth' }
  | { type: 'savedOnServer' }
  | { type: 'savedMark'; mark: number }

/** Decodes one binary frame from a client, or throws MalformedFrameError. */
export function decodeClientFrame(data: Uint8Array): ClientFrame {
  try {
    const decoder = decoding.createDecoder(data)
    const messageType = decoding.readVarUint(decoder)
    switch (messageType) {
      case MessageType.sync: {
        const syncType = decoding.readVarUint(decoder)
        const payload = decoding.readVarUint8Array(decoder)
        if (syncType === syncProtocol.messageYjsSyncStep1) return { type: 'syncStep1', stateVector: payload }
        if (syncType === syncProtocol.messageYjsSyncStep2) return { type: 'syncStep2', update: payload }
        if (syncType === syncProtocol.messageYjsUpdate) return { type: 'update', update: payload }
        throw new MalformedFrameError(`unknown sync message type ${syncType}`)
      }
      case MessageType.awareness:
        return { type: 'awareness', update: decoding.readVarUint8Array(decoder) }
      case MessageType.queryAwareness:
        return { type: 'queryAwareness' }
      case MessageType.savedOnServer:
        return { type: 'savedOnServer' }
      case MessageType.savedMark:
        return { type: 'savedMark', mark: decoding.readVarUint(decoder) }
      case MessageType.auth:
        // Auth messages flow server → client; one from a client carries nothing we act on.
        return { type: 'auth' }
      default:
        throw new MalformedFrameError(`unknown message type ${messageType}`)
    }
  } catch (e) {
    if (e instanceof MalformedFrameError) throw e
    throw new MalformedFrameError(e instanceof Error ? e.message : 'undecodable frame')
  }
}

/** `sync/step1` with the document's state vector. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

/** `sync/step2`: what `doc` has that a peer with `stateVector` lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeSyncStep2(encoder, doc, stateVector)
  return encoding.toUint8Array(encoder)
}

/** `sync/update` carrying one (possibly merged) update. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** An awareness message around an encoded awareness update. */
export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(encoder, awarenessUpdate)
  return encoding.toUint8Array(encoder)
}

/** Saved-on-server acknowledgement: the state vector of what is on disk. */
export function encodeSaved(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.savedOnServer)
  encoding.writeVarUint8Array(encoder, stateVector)
  return encoding.toUint8Array(encoder)
}

/** Saved mark answer: everything sent before mark `mark` is on disk. */
export function encodeSavedMark(mark: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.savedMark)
  encoding.writeVarUint(encoder, mark)
  return encoding.toUint8Array(encoder)
}

/** The y-protocols auth message "permission denied": the stock provider reports it (`permissionDeniedHandler`). */
export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.auth)
  authProtocol.writePermissionDenied(encoder, reason)
  return encoding.toUint8Array(encoder)
}
