/** Asks before signing out while some changes are only on this device. */
import { useId } from 'react'
import { useI18n } from '../i18n/I18nProvider.js'
import { useModalDialog } from '../components/useModalDialog.js'

export function SignOutDialog({ unsent, onConfirm, onClose }: { unsent: number; onConfirm(): void; onClose(): void }) {
  const { t } = useI18n()
  const { ref, onCancel } = useModalDialog(onClose)
  const id = useId()


  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={onCancel}
    >
      <h2 id={`${id}-title`} className="dialog__title">
        {t('auth.signOut.title')}
      </h2>
      <div id={`${id}-text`}>
        <p>{t('auth.signOut.unsent', { count: unsent })}</p>
        <p className="dialog__text">{t('auth.signOut.keep', { saved: t('sync.saved') })}</p>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {t('auth.signOut.confirm')}
        </button>
        {/* The safe choice is the default. */}
        <button type="button" className="button button--primary" autoFocus onClick={onClose}>
          {t('auth.signOut.stay')}
        </button>
      </div>
    </dialog>
  )
}
