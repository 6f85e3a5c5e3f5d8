/** Small pieces of view state of the plan tab. */
import { useCallback, useEffect, useRef, useState } from 'react'

/** How long a moved or added activity stays highlighted. */
const FLASH_MS = 2500

/** An id highlighted for a moment (the row just moved, added or picked on the timeline). */
export function useFlash(): [string | null, (id: string) => void] {
  const [id, setId] = useState<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current)
  }, [])
  const flash = useCallback((next: string) => {
    if (timer.current) clearTimeout(timer.current)
    setId(next)
    timer.current = setTimeout(() => setId(null), FLASH_MS)
  }, [])
  return [id, flash]
}

/** A yes/no view choice of this person, kept on this device. */
export function useStoredFlag(key: string, initial: boolean): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState<boolean>(() => {
    try {
      const stored = localStorage.getItem(key)
      return stored === null ? initial : stored === '1'
    } catch {
      return initial
    }
  })
  const set = useCallback(
    (next: boolean) => {
      setValue(next)
      try {
        localStorage.setItem(key, next ? '1' : '0')
      } catch {
        // Storage full or disabled: the choice lasts for this visit.
      }
    },
    [key],
  )
  return [value, set]
}
