/** Makes an invite link: which role (of those this person may give), for how many days, how many uses. */
import { useId, useState, type FormEvent } from 'react'
import type { BoardRole } from '../../../../shared/roles.js'
import type { InviteRequest } from '../../api/members.js'
import { roleKey } from '../../auth/authText.js'
import { useI18n } from '../../i18n/I18nProvider.js'
import { wholeIn } from './inviteState.js'

const DEFAULT_DAYS = 7
const DEFAULT_USES = 10

export function InviteForm({ roles, onCreate }: { roles: readonly BoardRole[]; onCreate(request: InviteRequest): Promise<string | null> }) {
  const { t } = useI18n()
  const id = useId()
  // The most common invitation first: an activist where allowed, else the first role offered.
  const [role, setRole] = useState<BoardRole>(roles.includes('activist') ? 'activist' : (roles[0] ?? 'viewer'))
  const [days, setDays] = useState(String(DEFAULT_DAYS))
  const [uses, setUses] = useState(String(DEFAULT_USES))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const dayCount = wholeIn(days, 1, 90)
  const useCount = wholeIn(uses, 1, 500)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (busy || dayCount === null || useCount === null) return
    setBusy(true)
    setError(await onCreate({ role, expiresInDays: dayCount, maxUses: useCount }))
    setBusy(false)
  }

  return (
    <form className="invite-form" onSubmit={submit} noValidate aria-busy={busy}>
      <div className="invite-form__row">
        <div className="field invite-form__role">
          <label className="field__label" htmlFor={`${id}-role`}>
            {t('members.invites.role')}
          </label>
          <select id={`${id}-role`} className="input" value={role} onChange={(e) => setRole(e.target.value as BoardRole)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(roleKey(r))}
              </option>
            ))}
          </select>
        </div>
        <NumberField id={`${id}-days`} label={t('members.invites.days')} hint={t('members.invites.daysHint')} value={days} onChange={setDays} max={90} bad={dayCount === null} />
        <NumberField id={`${id}-uses`} label={t('members.invites.uses')} hint={t('members.invites.usesHint')} value={uses} onChange={setUses} max={500} bad={useCount === null} />
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy || dayCount === null || useCount === null}>
        {busy ? t('members.invites.creating') : t('members.invites.create')}
      </button>
    </form>
  )
}

function NumberField({ id, label, hint, value, onChange, max, bad }: { id: string; label: string; hint: string; value: string; onChange(v: string): void; max: number; bad: boolean }) {
  const { t } = useI18n()
  return (
    <div className="field invite-form__number">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        step={1}
        value={value}
        aria-invalid={bad || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={`${id}-hint`} className={bad ? 'field__error invite-form__hint' : 'invite-form__hint'}>
        {bad ? t('members.invites.badNumber', { range: hint }) : hint}
      </span>
    </div>
  )
}
