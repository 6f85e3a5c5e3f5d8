/**
 * A `<dialog>` shown as a modal while the component is mounted: Escape asks the
 * owner to close (`onClose`) instead of closing the element behind React's back.
 */
import { useEffect, useRef, type SyntheticEvent } from 'react'

export function useModalDialog(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  const onCancel = (e: SyntheticEvent<HTMLDialogElement>) => {
    e.preventDefault()
    onClose()
  }
  return { ref, onCancel }
}
