/**
 * The comments side panel: at the right edge on a laptop, a sheet from the
 * bottom on a phone. Rendered into <body> so it sits above any page layout;
 * opening one closes any other (a canvas has many editors, one panel at a time).
 * Escape closes it and gives the focus back to what opened it.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { UndoBar, useUndo, type UndoOffer } from '../../components/UndoBar.js'
import { CrossIcon } from '../../components/icons.js'
import { useI18n } from '../../i18n/I18nProvider.js'

const OPEN_EVENT = 'impact:comments-open'

export interface CommentsDrawerProps {
  open: boolean
  title: string
  onClose(): void
  children(offerUndo: (offer: UndoOffer) => void): ReactNode
}

export function CommentsDrawer({ open, title, onClose, children }: CommentsDrawerProps) {
  const { t } = useI18n()
  const id = useId()
  const ref = useRef<HTMLElement>(null)
  const opener = useRef<Element | null>(null)
  const undo = useUndo()
  const close = useRef(onClose)
  close.current = onClose

  useEffect(() => {
    if (!open) return
    opener.current = document.activeElement
    window.dispatchEvent(new CustomEvent(OPEN_EVENT, { detail: id }))
    const other = (e: Event) => {
      if ((e as CustomEvent<string>).detail !== id) close.current()
    }
    window.addEventListener(OPEN_EVENT, other)
    // Into the panel, unless something in it (a new comment's box) took the focus already.
    if (!ref.current?.contains(document.activeElement)) ref.current?.focus({ preventScroll: true })
    return () => {
      window.removeEventListener(OPEN_EVENT, other)
      // The panel is gone by now: if the focus went with it, it goes back to what opened the panel.
      const back = opener.current
      const lost = document.activeElement === null || document.activeElement === document.body
      if (back instanceof HTMLElement && back.isConnected && lost) back.focus({ preventScroll: true })
    }
  }, [open, id])

  if (!open) return null
  return createPortal(
    <aside
      ref={ref}
      className="comments-drawer"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          onClose()
        }
      }}
    >
      <div className="comments-drawer__head">
        <h2 id={`${id}-title`} className="comments-drawer__title">
          {title}
        </h2>
        <button type="button" className="button button--quiet button--glyph" aria-label={t('comments.close')} title={t('comments.close')} onClick={onClose}>
          <CrossIcon />
        </button>
      </div>
      <div className="comments-drawer__body">{children(undo.offer)}</div>
      <UndoBar current={undo.current} dismiss={undo.dismiss} />
    </aside>,
    document.body,
  )
}
