/**
 * How a person looks to others: the account's name and a colour derived from
 * the account id (the same on every device, so colleagues learn it), plus
 * the small helpers avatars need.
 */
import type { PublicUser } from '../../../shared/auth.js'
import { browserStorage, loadCachedUser } from '../auth/sessionCache.js'
import type { Person } from '../sync/docRegistry.js'

/** Colours dark enough for white initials and readable caret labels (contrast ≥ 4.5:1 on white). */
export const PALETTE = ['#1f5f8b', '#8a3b12', '#2e6b30', '#7a2e8c', '#a4262c', '#005e6e', '#5b4a00', '#3d4db7', '#8c2a5c', '#4d5a1e'] as const

/** A palette colour picked by a hash of `id` (FNV-1a): the same person, the same colour, everywhere. */
export function colorFor(id: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return PALETTE[hash % PALETTE.length] ?? PALETTE[0]
}

/** A colour for someone without an account yet (kept for callers that need a placeholder). */
export function randomColor(): string {
  const bytes = new Uint8Array(1)
  crypto.getRandomValues(bytes)
  return PALETTE[(bytes[0] ?? 0) % PALETTE.length] ?? PALETTE[0]
}

/** The awareness `user` of a signed-in person (the server stamps id, name and role again; the colour is ours). */
export function personFromUser(user: Pick<PublicUser, 'id' | 'name'>): Person {
  return { id: user.id, name: user.name, color: colorFor(user.id) }
}

/** The person cached on this device (the last signed-in account), for the first awareness state before React starts. */
export function loadPerson(): Person | null {
  const user = loadCachedUser(browserStorage())
  return user ? personFromUser(user) : null
}

/** Presence of nobody: others do not list a state with an empty name. */
export const NOBODY: Person = { name: '', color: PALETTE[0] }

/** Up to two letters for an avatar: «Анна Петрова» → «АП». */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? [words[0], words[1]] : [words[0] ?? '?']
  return letters.map((w) => Array.from(w ?? '')[0] ?? '').join('').toUpperCase() || '?'
}

/** Black or white, whichever reads better on `hex`. */
export function textOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16)
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
  return luminance > 0.4 ? '#111111' : '#ffffff'
}

/** A person's colour behind text (avatars, «… перетаскивает» labels), with the text colour that reads on it. */
export function colorBadge(hex: string): { backgroundColor: string; color: string } {
  return { backgroundColor: hex, color: textOn(hex) }
}

/** A card or a column someone else holds: framed in their colour. */
export function heldFrame(hex: string): { borderColor: string; boxShadow: string } {
  return { borderColor: hex, boxShadow: `0 0 0 2px ${hex}` }
}
