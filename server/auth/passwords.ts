/**
 * Password hashes with scrypt from node:crypto (no native modules): a random
 * salt per user, parameters stored with the hash so they can be raised later
 * without breaking old hashes. Format: `scrypt$<N>$<r>$<p>$<salt b64>$<hash b64>`.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto'

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCallback(password, salt, keylen, options, (e, key) => (e ? reject(e) : resolve(key))))

/** N = 2^15 costs ~100 ms and 32 MiB on an old laptop: slow for guessing, fine for a sign-in. */
const PARAMS = { N: 32_768, r: 8, p: 1 } as const
const KEY_BYTES = 32
const SALT_BYTES = 16
/** scrypt needs 128·N·r bytes; the default 32 MiB cap is exactly at the limit. */
const maxmem = (N: number, r: number) => 128 * N * r * 2

/** Shortest and longest passwords accepted (characters). */
export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 200

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...PARAMS, maxmem: maxmem(PARAMS.N, PARAMS.r) })
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$')
}

/** True when `password` matches `stored`; false for any malformed hash. Compares in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number]
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 1 << 20 || r > 32 || p > 16) return false
  const salt = Buffer.from(parts[4] as string, 'base64')
  const expected = Buffer.from(parts[5] as string, 'base64')
  if (salt.length === 0 || expected.length === 0) return false
  const key = await scrypt(password.normalize('NFC'), salt, expected.length, { N, r, p, maxmem: maxmem(N, r) })
  return timingSafeEqual(key, expected)
}

/** A fixed hash to verify against when a login does not exist, so timing does not tell logins apart. */
let decoy: Promise<string> | null = null
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('base64'))
  return decoy
}
