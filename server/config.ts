/**
 * The server's configuration, read from the environment in this one place.
 * Every variable has a default and a one-line doc; a wrong value stops
 * start-up with the full list of what is wrong.
 */
import path from 'node:path'
import { z } from 'zod'
import { LOG_LEVELS } from './log.js'

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max)

const schema = z.object({
  /** TCP port for the app, the API and sync (0 picks a free port). */
  PORT: int(0, 65535).default(8080),
  /** Address to bind; 127.0.0.1 keeps the server local, 0.0.0.0 opens it to the network. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Folder for metadata (lowdb JSON) and documents (snapshots + update logs). */
  DATA_DIR: z.string().min(1).default('./data'),
  /** debug | info | warn | error | silent */
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Largest websocket frame accepted, in bytes; bigger frames close the connection. */
  MAX_FRAME_BYTES: int(1024, 256 * 1024 * 1024).default(8 * 1024 * 1024),
  /** Frames a connection may queue while its document loads. */
  MAX_QUEUED_FRAMES: int(1, 100_000).default(256),
  /** Send buffer (bytes) above which a client counts as slow. */
  SLOW_CONSUMER_BYTES: int(1024, 1024 * 1024 * 1024).default(16 * 1024 * 1024),
  /** How long (ms) a client may stay over the send-buffer limit before it is disconnected. */
  SLOW_CONSUMER_MS: int(100, 600_000).default(10_000),
  /** Interval (ms) between websocket pings; a client that misses one is dropped. */
  PING_INTERVAL_MS: int(100, 600_000).default(30_000),
  /** Grace period (ms) before a document with no connections is flushed and unloaded. */
  IDLE_UNLOAD_MS: int(0, 86_400_000).default(30_000),
  /** Log records after which a document's log is folded into its snapshot. */
  COMPACT_RECORDS: int(1, 10_000_000).default(2_000),
  /** Log size (bytes) after which a document's log is folded into its snapshot. */
  COMPACT_BYTES: int(1024, 1024 * 1024 * 1024).default(4 * 1024 * 1024),
  /** Shortest time (ms) between two fsyncs of one document's log; updates meanwhile share the next one. */
  COMMIT_WINDOW_MS: int(0, 1000).default(20),
  /** permessage-deflate on the websocket: on | off. */
  DEFLATE: z.enum(['on', 'off', 'true', 'false', '1', '0']).default('on'),
  /** Frames smaller than this (bytes) are sent uncompressed (small updates gain nothing). */
  DEFLATE_THRESHOLD_BYTES: int(0, 64 * 1024 * 1024).default(1024),
  /** Websocket upgrades accepted per second; more are told to retry later (1013). 0 = no limit. */
  SYNC_UPGRADES_PER_SECOND: int(0, 1_000_000).default(300),
  /** Documents loading from storage at once; a connection needing one more is told to retry later (1013). 0 = no limit. */
  SYNC_MAX_LOADING_DOCS: int(0, 1_000_000).default(32),
  /** Quiet time (ms) after the last change before the server takes an automatic version. */
  HISTORY_QUIET_MS: int(100, 86_400_000).default(120_000),
  /** Longest time (ms) between automatic versions while edits never pause. */
  HISTORY_MAX_INTERVAL_MS: int(100, 86_400_000).default(1_800_000),
  /** How long a sign-in lasts (ms). */
  SESSION_TTL_MS: int(1_000, 365 * 86_400_000).default(30 * 86_400_000),
  /** Sign-in attempts allowed per IP address and per login in LOGIN_WINDOW_MS. */
  LOGIN_ATTEMPTS_PER_IP: int(1, 100_000).default(30),
  LOGIN_ATTEMPTS_PER_LOGIN: int(1, 100_000).default(10),
  LOGIN_WINDOW_MS: int(1_000, 86_400_000).default(15 * 60_000),
  /** How often (ms) open connections are checked against sessions, accounts and board memberships. */
  ACCESS_RECHECK_MS: int(100, 600_000).default(2_000),
  /** Other origins allowed to open the websocket, comma-separated (the server's own origin always is). */
  ALLOWED_ORIGINS: z.string().default(''),
  /** Where the built client lives (served as static files). */
  CLIENT_DIR: z.string().min(1).default('./dist/client'),
})

export type Config = {
  port: number
  host: string
  dataDir: string
  logLevel: z.infer<typeof schema>['LOG_LEVEL']
  maxFrameBytes: number
  maxQueuedFrames: number
  slowConsumerBytes: number
  slowConsumerMs: number
  pingIntervalMs: number
  idleUnloadMs: number
  compactRecords: number
  compactBytes: number
  commitWindowMs: number
  historyQuietMs: number
  historyMaxIntervalMs: number
  auth: { sessionTtlMs: number; loginAttemptsPerIp: number; loginAttemptsPerLogin: number; loginWindowMs: number }
  clientDir: string
  deflate: boolean
  deflateThresholdBytes: number
  upgradesPerSecond: number
  maxLoadingDocs: number
  accessRecheckMs: number
  allowedOrigins: string[]
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  }
}

/** Parses the environment into a Config, or throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked: Record<string, string> = {}
  for (const key of Object.keys(schema.shape)) {
    const value = env[key]
    if (value !== undefined && value !== '') picked[key] = value
  }
  const result = schema.safeParse(picked)
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => `${i.path.join('.')}=${JSON.stringify(picked[String(i.path[0])])}: ${i.message}`),
    )
  }
  const v = result.data
  return {
    port: v.PORT,
    host: v.HOST,
    dataDir: path.resolve(v.DATA_DIR),
    logLevel: v.LOG_LEVEL,
    maxFrameBytes: v.MAX_FRAME_BYTES,
    maxQueuedFrames: v.MAX_QUEUED_FRAMES,
    slowConsumerBytes: v.SLOW_CONSUMER_BYTES,
    slowConsumerMs: v.SLOW_CONSUMER_MS,
    pingIntervalMs: v.PING_INTERVAL_MS,
    idleUnloadMs: v.IDLE_UNLOAD_MS,
    compactRecords: v.COMPACT_RECORDS,
    compactBytes: v.COMPACT_BYTES,
    commitWindowMs: v.COMMIT_WINDOW_MS,
    historyQuietMs: v.HISTORY_QUIET_MS,
    historyMaxIntervalMs: v.HISTORY_MAX_INTERVAL_MS,
    auth: {
      sessionTtlMs: v.SESSION_TTL_MS,
      loginAttemptsPerIp: v.LOGIN_ATTEMPTS_PER_IP,
      loginAttemptsPerLogin: v.LOGIN_ATTEMPTS_PER_LOGIN,
      loginWindowMs: v.LOGIN_WINDOW_MS,
    },
    clientDir: path.resolve(v.CLIENT_DIR),
    deflate: ['on', 'true', '1'].includes(v.DEFLATE),
    deflateThresholdBytes: v.DEFLATE_THRESHOLD_BYTES,
    upgradesPerSecond: v.SYNC_UPGRADES_PER_SECOND,
    maxLoadingDocs: v.SYNC_MAX_LOADING_DOCS,
    accessRecheckMs: v.ACCESS_RECHECK_MS,
    allowedOrigins: v.ALLOWED_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
  }
}
