/** Asks before the tab closes while some change is only on this device. */
import { useEffect } from 'react'

/** Installs a beforeunload prompt for as long as `unsent` is above zero. */
export function useLeaveGuard(unsent: number): void {
  const guard = unsent > 0
  useEffect(() => {
    if (!guard) return
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      // Browsers show their own wording; both calls are needed across browsers.
      e.preventDefault()
      e.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [guard])
}
