/** Login and password; on success the session knows the person and the caller moves on. */
import { useState, type FormEvent } from 'react'
import type { PublicUser } from '../../../shared/auth.js'
import { ApiError, signInWith } from '../api/auth.js'
import { useI18n } from '../i18n/I18nProvider.js'
import { authErrorKey } from './authText.js'
import { TextField } from './TextField.js'

export function SignInForm({ onSignedIn }: { onSignedIn(user: PublicUser): void }) {
  const { t } = useI18n()
  const [login, setLogin] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy) return
    if (login.trim() === '' || password === '') {
      setError(t('auth.error.fillBoth'))
      return
    }
    setBusy(true)
    setError(null)
    try {
      onSignedIn(await signInWith(login, password))
    } catch (err) {
      setError(t(err instanceof ApiError ? authErrorKey('signIn', err.code, err.status) : 'auth.error.internal'))
      setPassword('')
      setBusy(false)
    }
  }

  return (
    <form className="auth-form" onSubmit={submit} noValidate aria-busy={busy}>
      <TextField
        label={t('auth.login')}
        value={login}
        onChange={setLogin}
        name="login"
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        autoFocus
        maxLength={40}
      />
      <TextField label={t('auth.password')} type="password" name="password" value={password} onChange={setPassword} autoComplete="current-password" maxLength={200} />
      {error && (
        <p className="auth-form__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary auth-form__submit" disabled={busy}>
        {busy ? t('auth.submitting') : t('auth.submit')}
      </button>
    </form>
  )
}
