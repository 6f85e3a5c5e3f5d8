/**
 * The «Отменить» bar after a deletion, at the bottom of the screen for a few
 * seconds. It takes the focus so the keyboard can undo at once, and stays
 * while the pointer or the focus is on it: nobody is rushed.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.js'
import { CrossIcon } from './icons.js'

/** What was done and how to take it back. */
export interface UndoOffer {
  message: string
  undo(): void
}

interface ShownOffer extends UndoOffer {
  id: number
}

/** How long an offer stays when nobody touches it. */
const SHOW_MS = 10_000

export interface UndoState {
  current: ShownOffer | null
  offer(offer: UndoOffer): void
  dismiss(): void
}

/** `offer(...)` shows a new offer (replacing the last one); render `<UndoBar {...state} />`. */
export function useUndo(): UndoState {
  const [current, setCurrent] = useState<ShownOffer | null>(null)
  const next = useRef(0)
  const offer = useCallback((o: UndoOffer) => setCurrent({ ...o, id: ++next.current }), [])
  const dismiss = useCallback(() => setCurrent(null), [])
  return { current, offer, dismiss }
}

export function UndoBar({ current, dismiss }: UndoState) {
  const { t } = useI18n()
  const [held, setHeld] = useState(false)
  const undoRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    setHeld(false)
    if (current) undoRef.current?.focus({ preventScroll: true })
  }, [current])

  useEffect(() => {
    if (!current || held) return
    const timer = setTimeout(dismiss, SHOW_MS)
    return () => clearTimeout(timer)
  }, [current, held, dismiss])

  return (
    // Always in the page, so screen readers announce what appears in it.
    <div className="kundo" aria-live="polite">
      {current && (
        <div
          key={current.id}
          className="kundo__bar"
          onPointerEnter={() => setHeld(true)}
          onPointerLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget)) setHeld(false)
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') dismiss()
          }}
        >
          <span className="kundo__text">{current.message}</span>
          <button
            ref={undoRef}
            type="button"
            className="button kundo__undo"
            onClick={() => {
              current.undo()
              dismiss()
            }}
          >
            {t('kanban.undo')}
          </button>
          <button type="button" className="button button--quiet kundo__close" aria-label={t('kanban.undoClose')} onClick={dismiss}>
            <CrossIcon />
          </button>
        </div>
      )}
    </div>
  )
}
