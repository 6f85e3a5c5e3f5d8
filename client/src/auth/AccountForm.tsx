/**
 * Name, login and password → a new account, signed in: the first-run setup and
 * registering through an invite link are this one form with another call.
 */
import { useState, type FormEvent } from 'react'
import type { NewAccount } from '../api/auth.js'
import { ApiError } from '../api/http.js'
import { useI18n } from '../i18n/I18nProvider.js'
import type { MessageKey } from '../i18n/i18n.js'
import { AccountFields } from './AccountFields.js'
import { accountProblems, authErrorKey, type AccountDraft } from './authText.js'

export interface AccountFormProps {
  /** Which form, for the server's error messages. */
  form: 'setup' | 'register'
  /** Ask for the password twice (first run). */
  repeat?: boolean
  submit: MessageKey
  submitting: MessageKey
  /** Makes the account (in the language the form is shown in); rejects with an `ApiError`. */
  create(account: NewAccount): Promise<void>
}

export function AccountForm({ form, repeat = false, submit: submitLabel, submitting, create }: AccountFormProps) {
  const { t, locale } = useI18n()
  const [draft, setDraft] = useState<AccountDraft>(repeat ? { name: '', login: '', password: '', repeat: '' } : { name: '', login: '', password: '' })
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
      await create({ name: draft.name, login: draft.login, password: draft.password, lang: locale })
    } catch (err) {
      setError(t(err instanceof ApiError ? authErrorKey(form, err.code, err.status) : 'auth.error.internal'))
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
        {busy ? t(submitting) : t(submitLabel)}
      </button>
    </form>
  )
}
