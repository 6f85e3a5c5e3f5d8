/**
 * The «Отменить» bar after a deletion: shown for a few seconds at the bottom
 * of the screen. It takes focus so the keyboard can undo at once, and stays
 * while the pointer or focus is on it (nobody is rushed). One bar for every
 * view: the kanban, the plan, consultations, notes, the home page and drafts.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useI18n } from '../i18n/I18nProvider.js'
import { CrossIcon } from './icons.js'

/** What was done and how to take it back. */
export interface UndoOffer {
  message: string
  undo(): void
}

export interface ShownOffer extends UndoOffer {
  id: number
}

/** How long an offer stays when nobody touches it. */
const SHOW_MS = 10_000

/** State of the bar: `offer(...)` shows a new one (replacing any other); render `<UndoBar {...state} />`. */
export function useUndo(): { offer(offer: UndoOffer): void; current: ShownOffer | null; dismiss(): void } {
  const [current, setCurrent] = useState<ShownOffer | null>(null)
  const next = useRef(0)
  const offer = useCallback((o: UndoOffer) => setCurrent({ ...o, id: ++next.current }), [])
  const dismiss = useCallback(() => setCurrent(null), [])
  return { offer, current, dismiss }
}

export function UndoBar({ current, dismiss }: { current: ShownOffer | null; dismiss(): void }) {
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
    <div className="undo-offer-region" aria-live="polite">
      {current && (
        <div
          key={current.id}
          className="undo-offer"
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
          <span id={`undo-${current.id}`} className="undo-offer__text">
            {current.message}
          </span>
          <button
            ref={undoRef}
            type="button"
            className="button undo-offer__undo"
            aria-describedby={`undo-${current.id}`}
            onClick={() => {
              current.undo()
              dismiss()
            }}
          >
            {t('common.undo')}
          </button>
          <button type="button" className="button button--quiet undo-offer__close" aria-label={t('common.undoClose')} onClick={dismiss}>
            <CrossIcon />
          </button>
        </div>
      )}
    </div>
  )
}
