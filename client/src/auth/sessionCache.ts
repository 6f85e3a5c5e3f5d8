/**
 * The signed-in person as this device last heard from the server, so the
 * app opens offline as them. Only signing out forgets it: a network failure
 * (or a lapsed session) never does.
 */
import type { PublicUser } from '../../../shared/auth.js'
import { isPublicUser } from '../api/auth.js'

const STORAGE_KEY = 'impact.session.user'

/** The cached person, or null (none, or storage holds junk). */
export function loadCachedUser(storage: Storage | null): PublicUser | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY)
    if (!raw) return null
    const value: unknown = JSON.parse(raw)
    return isPublicUser(value) ? value : null
  } catch {
    return null
  }
}

export function saveCachedUser(storage: Storage | null, user: PublicUser): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(user))
  } catch {
    // Storage full or disabled: the next visit without a network then asks to sign in.
  }
}

export function clearCachedUser(storage: Storage | null): void {
  try {
    storage?.removeItem(STORAGE_KEY)
  } catch {
    // Nothing to forget.
  }
}

/** localStorage where the browser allows it. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
