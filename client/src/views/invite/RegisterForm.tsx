/** A new person joins through an invite link: name, login, password → account, board, signed in. */
import { useState, type FormEvent } from 'react'
import type { PublicUser } from '../../../../shared/auth.js'
import { ApiError, registerByInvite } from '../../api/auth.js'
import { AccountFields } from '../../auth/AccountFields.js'
import { accountProblems, authErrorKey, type AccountDraft } from '../../auth/authText.js'
import { useI18n } from '../../i18n/I18nProvider.js'

export function RegisterForm({ secret, onJoined }: { secret: string; onJoined(user: PublicUser, boardId: string): void }) {
  const { t } = useI18n()
  const [draft, setDraft] = useState<AccountDraft>({ name: '', login: '', password: '' })
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const problems = tried ? accountProblems(draft) : {}

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setTried(true)
    if (busy || Object.keys(accountProblems(draft)).length > 0) return
    setBusy(true)
    setError(null)
    try {
      const joined = await registerByInvite(secret, draft)
      onJoined(joined.user, joined.boardId)
    } catch (err) {
      setError(t(err instanceof ApiError ? authErrorKey('register', err.code, err.status) : 'auth.error.internal'))
      setBusy(false)
    }
  }

  return (
    <form className="auth-form" onSubmit={submit} noValidate aria-busy={busy}>
      <AccountFields draft={draft} problems={problems} onChange={setDraft} />
      {error && (
        <p className="auth-form__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary auth-form__submit" disabled={busy}>
        {busy ? t('auth.invite.registering') : t('auth.invite.register')}
      </button>
    </form>
  )
}
