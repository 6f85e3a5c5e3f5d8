/**
 * «Изменить имя» in the person menu: the name others see on carets, avatars,
 * comments and history. Saved to the account (`PATCH /api/auth/me`), so it
 * follows the person to every computer; needs the server (a name is not
 * something to merge later).
 */
import { useId, useState, type FormEvent } from 'react'
import { cleanDisplayName, NAME_MAX } from '../../../shared/auth.js'
import { ApiError, updateProfile } from '../api/auth.js'
import { useI18n } from '../i18n/I18nProvider.js'
import { useSession } from './SessionProvider.js'

export function RenameForm({ current, onDone }: { current: string; onDone(): void }) {
  const { t } = useI18n()
  const { signedIn } = useSession()
  const id = useId()
  const [name, setName] = useState(current)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const clean = cleanDisplayName(name)
    if (clean === '') {
      setError(t('auth.rename.empty'))
      return
    }
    if (clean === current) {
      onDone()
      return
    }
    setBusy(true)
    setError(null)
    try {
      signedIn(await updateProfile({ name: clean }))
      onDone()
    } catch (err) {
      setError(t(err instanceof ApiError && err.code === 'network' ? 'auth.rename.offline' : 'auth.rename.failed'))
      setBusy(false)
    }
  }

  return (
    <form className="person-menu__rename" onSubmit={submit} noValidate aria-busy={busy}>
      <label className="field__label" htmlFor={`${id}-name`}>
        {t('auth.rename.label')}
      </label>
      <input
        id={`${id}-name`}
        className="input"
        value={name}
        maxLength={NAME_MAX}
        autoComplete="name"
        autoFocus
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setName(e.target.value)
          setError(null)
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field__error person-menu__error" role="alert">
          {error}
        </p>
      )}
      <div className="person-menu__row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('auth.rename.saving') : t('auth.rename.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone} disabled={busy}>
          {t('auth.rename.cancel')}
        </button>
      </div>
    </form>
  )
}
