/** «Мероприятие удалено. Отменить» for a few seconds after a delete. */
import { useEffect } from 'react'

/** How long the undo offer stays. */
const SHOW_MS = 10_000

export function UndoBar({ message, undoLabel, onUndo, onClose }: { message: string; undoLabel: string; onUndo(): void; onClose(): void }) {
  useEffect(() => {
    const timer = setTimeout(onClose, SHOW_MS)
    return () => clearTimeout(timer)
  }, [message, onClose])
  return (
    <div className="plan-undo" role="status">
      <span className="plan-undo__text">{message}</span>
      <button type="button" className="button plan-undo__button" onClick={onUndo}>
        {undoLabel}
      </button>
    </div>
  )
}
