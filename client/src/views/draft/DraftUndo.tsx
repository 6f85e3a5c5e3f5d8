/** «Пункт удалён. Отменить» for a few seconds after a delete. */
import { useEffect, useRef } from 'react'
import { useI18n } from '../../i18n/I18nProvider.js'

/** How long the undo offer stays. */
const SHOW_MS = 10_000

export function DraftUndo({ message, onUndo, onClose }: { message: string; onUndo(): void; onClose(): void }) {
  const { t } = useI18n()
  const close = useRef(onClose)
  close.current = onClose
  // Counted from when the offer appears, not from the parent's last render.
  useEffect(() => {
    const timer = setTimeout(() => close.current(), SHOW_MS)
    return () => clearTimeout(timer)
  }, [message])
  return (
    <div className="draft-undo" role="status">
      <span>{message}</span>
      <button type="button" className="button draft-undo__button" onClick={onUndo}>
        {t('draft.undo')}
      </button>
    </div>
  )
}
