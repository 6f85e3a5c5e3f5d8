/** Name, login and password (twice on the first run) of a new account: the setup and invite forms share them. */
import { useI18n } from '../i18n/I18nProvider.js'
import type { AccountDraft, AccountField } from './authText.js'
import type { MessageKey } from '../i18n/i18n.js'
import { TextField } from './TextField.js'

export function AccountFields({
  draft,
  problems,
  onChange,
}: {
  draft: AccountDraft
  /** Shown only after a first try to send. */
  problems: Partial<Record<AccountField, MessageKey>>
  onChange(draft: AccountDraft): void
}) {
  const { t } = useI18n()
  const err = (field: AccountField) => (problems[field] ? t(problems[field]) : null)
  return (
    <>
      <TextField
        label={t('auth.name')}
        value={draft.name}
        onChange={(name) => onChange({ ...draft, name })}
        autoComplete="name"
        placeholder={t('auth.namePlaceholder')}
        hint={t('auth.nameHint')}
        error={err('name')}
        maxLength={120}
      />
      <TextField
        label={t('auth.login')}
        value={draft.login}
        onChange={(login) => onChange({ ...draft, login })}
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        hint={t('auth.loginHint')}
        error={err('login')}
        maxLength={40}
      />
      <TextField
        label={t('auth.password')}
        type="password"
        value={draft.password}
        onChange={(password) => onChange({ ...draft, password })}
        autoComplete="new-password"
        hint={t('auth.passwordHint')}
        error={err('password')}
        maxLength={200}
      />
      {draft.repeat !== undefined && (
        <TextField
          label={t('auth.passwordRepeat')}
          type="password"
          value={draft.repeat}
          onChange={(repeat) => onChange({ ...draft, repeat })}
          autoComplete="new-password"
          error={err('repeat')}
          maxLength={200}
        />
      )}
    </>
  )
}
