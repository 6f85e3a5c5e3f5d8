/** First run on the server's own machine: the first workspace curator, signed in at once. */
import { useState, type FormEvent } from 'react'
import type { PublicUser } from '../../../shared/auth.js'
import { ApiError, setupFirstCurator } from '../api/auth.js'
import { useI18n } from '../i18n/I18nProvider.js'
import { AccountFields } from './AccountFields.js'
import { accountProblems, authErrorKey, type AccountDraft } from './authText.js'

export function SetupForm({ onSignedIn }: { onSignedIn(user: PublicUser): void }) {
  const { t } = useI18n()
  const [draft, setDraft] = useState<AccountDraft>({ name: '', login: '', password: '', repeat: '' })
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
      onSignedIn(await setupFirstCurator(draft))
    } catch (err) {
      setError(t(err instanceof ApiError ? authErrorKey('setup', err.code, err.status) : 'auth.error.internal'))
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
        {busy ? t('auth.setup.submitting') : t('auth.setup.submit')}
      </button>
    </form>
  )
}
