/**
 * Who is typing, until accounts exist: a display name chosen on the first
 * visit and a random colour, both kept in localStorage.
 */
import type { Person } from '../sync/docRegistry.js'

const STORAGE_KEY = 'impact.person'
export const NAME_MAX = 60

/** Colours dark enough for white initials and readable caret labels (contrast ≥ 4.5:1 on white). */
export const PALETTE = ['#1f5f8b', '#8a3b12', '#2e6b30', '#7a2e8c', '#a4262c', '#005e6e', '#5b4a00', '#3d4db7', '#8c2a5c', '#4d5a1e'] as const

export function randomColor(): string {
  const bytes = new Uint8Array(1)
  crypto.getRandomValues(bytes)
  return PALETTE[(bytes[0] ?? 0) % PALETTE.length] ?? PALETTE[0]
}

export function cleanName(value: string): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX)
}

/** The saved person, or null on the first visit (or when storage holds junk). */
export function loadPerson(): Person | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    if (!raw) return null
    const value: unknown = JSON.parse(raw)
    if (typeof value !== 'object' || value === null) return null
    const { name, color } = value as { name?: unknown; color?: unknown }
    if (typeof name !== 'string' || cleanName(name) === '') return null
    return { name: cleanName(name), color: typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : randomColor() }
  } catch {
    return null
  }
}

export function savePerson(person: Person): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(person))
  } catch {
    // Storage full or disabled: the name then lasts for this visit only.
  }
}

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
