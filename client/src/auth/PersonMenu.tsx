/**
 * The header's person: avatar and name opening a small menu with the login,
 * the workspace role, «Изменить имя» and «Выйти». Signing out with changes still only on
 * this device asks first; after it the page reloads on the sign-in form.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '../i18n/I18nProvider.js'
import { colorBadge, initials, personFromUser } from '../identity/person.js'
import { useDocRegistry } from '../sync/useDoc.js'
import { RenameForm } from './RenameForm.js'
import { useSession } from './SessionProvider.js'
import { SignOutDialog } from './SignOutDialog.js'

export function PersonMenu() {
  const { t } = useI18n()
  const session = useSession()
  const registry = useDocRegistry()
  const [open, setOpen] = useState(false)
  const [asking, setAsking] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  const [renaming, setRenaming] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuId = useId()

  // Closes on a click elsewhere or Esc (focus back on the button).
  useEffect(() => {
    if (!open) {
      setRenaming(false)
      return
    }
    const outside = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false)
    }
    const key = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      setOpen(false)
      buttonRef.current?.focus()
    }
    document.addEventListener('pointerdown', outside)
    document.addEventListener('keydown', key)
    return () => {
      document.removeEventListener('pointerdown', outside)
      document.removeEventListener('keydown', key)
    }
  }, [open])

  const user = session.user
  if (!user) return null
  const person = personFromUser(user)

  const signOut = async () => {
    setAsking(null)
    setBusy(true)
    setFailed(false)
    await session.signOut()
    // Only reached when the server could not be: the person stays signed in.
    setBusy(false)
    setFailed(true)
    setOpen(true)
  }

  const start = () => {
    const { unsent } = registry.getSummary()
    if (unsent > 0) {
      setOpen(false)
      setAsking(unsent)
    } else void signOut()
  }

  return (
    <div className="person-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet person"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('auth.menu.open', { name: user.name })}
        onClick={() => setOpen((v) => !v)}
      >
        <span className="avatar avatar--small" style={colorBadge(person.color)} aria-hidden="true">
          {initials(user.name)}
        </span>
        <span className="person__name">{user.name}</span>
        <svg className="person-menu__chevron" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      {open && (
        <div id={menuId} className="person-menu__panel">
          <p className="person-menu__name">{user.name}</p>
          <p className="person-menu__meta">{t('auth.menu.login', { login: user.login })}</p>
          {user.workspaceRole === 'curator' && <p className="person-menu__role">{t('auth.menu.curator')}</p>}
          {renaming ? (
            <RenameForm current={user.name} onDone={() => setRenaming(false)} />
          ) : (
            <button type="button" className="button button--quiet person-menu__rename-open" onClick={() => setRenaming(true)}>
              {t('auth.menu.rename')}
            </button>
          )}
          {failed && (
            <p className="field__error person-menu__error" role="alert">
              {t('auth.menu.offline')}
            </p>
          )}
          <button type="button" className="button person-menu__signout" onClick={start} disabled={busy}>
            {busy ? t('auth.menu.signingOut') : t('auth.menu.signOut')}
          </button>
        </div>
      )}
      {asking !== null && <SignOutDialog unsent={asking} onConfirm={() => void signOut()} onClose={() => setAsking(null)} />}
    </div>
  )
}
