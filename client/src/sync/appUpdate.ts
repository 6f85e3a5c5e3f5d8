/**
 * The service worker's registration and the "new version" flow: a new build
 * is downloaded in the background and waits; the page offers a quiet reload,
 * and only when the person agrees does the new version take over (an editor
 * mid-sentence is never reloaded under them).
 */
/// <reference types="vite-plugin-pwa/client" />
import { createContext, useContext, useSyncExternalStore } from 'react'
import { registerSW } from 'virtual:pwa-register'

/** Checks for a new version this often while the page is open (a long-lived tab on a kiosk laptop). */
const CHECK_EVERY_MS = 60 * 60 * 1000

/** The registered worker and whether a new version waits. */
export class AppUpdater {
  private ready = false
  private apply: ((reload?: boolean) => Promise<void>) | null = null
  private readonly listeners = new Set<() => void>()

  /** Registers the service worker (built app only; the dev server has none). */
  register(): void {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
    this.apply = registerSW({
      onNeedRefresh: () => {
        this.ready = true
        this.listeners.forEach((cb) => cb())
      },
      onRegisteredSW: (_url, registration) => {
        if (!registration) return
        setInterval(() => {
          if (navigator.onLine) void registration.update().catch(() => undefined)
        }, CHECK_EVERY_MS)
      },
    })
  }

  readonly subscribe = (cb: () => void): (() => void) => {
    this.listeners.add(cb)
    return () => this.listeners.delete(cb)
  }

  readonly isReady = (): boolean => this.ready

  /** Lets the waiting version take over; the page reloads. */
  update(): void {
    void this.apply?.(true)
  }
}

export const AppUpdateContext = createContext<AppUpdater | null>(null)

const never = () => () => undefined
const notReady = () => false

/** Whether a new version is waiting, and the function that switches to it. */
export function useAppUpdate(): { ready: boolean; update(): void } {
  const updater = useContext(AppUpdateContext)
  const ready = useSyncExternalStore(updater?.subscribe ?? never, updater?.isReady ?? notReady)
  return { ready, update: () => updater?.update() }
}
