/** Failures of the sign-in forms and roles, as message keys (pure, so the rules are tested). */
import { LOGIN_PATTERN } from '../../../shared/auth.js'
import type { BoardRole } from '../../../shared/roles.js'
import type { MessageKey } from '../i18n/i18n.js'

/** Which form asks: the meaning of a 401 or a 409 depends on it. */
export type AuthForm = 'signIn' | 'setup' | 'register'

/** The message for a failed call (`code`/`status` of an ApiError; `network` when not reached). */
export function authErrorKey(form: AuthForm, code: string, status: number): MessageKey {
  if (code === 'network') return 'auth.error.network'
  if (status === 429 || code === 'too_many_requests') return 'auth.error.tooMany'
  if (form === 'signIn' && (status === 401 || status === 400 || code === 'invalid_credentials')) return 'auth.error.invalid'
  if (form === 'setup' && status === 409) return 'auth.error.setupDone'
  if (form === 'setup' && status === 403) return 'auth.error.setupForbidden'
  if (form === 'register' && status === 409) return 'auth.error.loginTaken'
  if (form === 'register' && status === 404) return 'auth.error.inviteGone'
  return 'auth.error.internal'
}

/** What a new account needs before it is sent. */
export interface AccountDraft {
  name: string
  login: string
  password: string
  /** Only the first-run form asks twice. */
  repeat?: string
}

export type AccountField = 'name' | 'login' | 'password' | 'repeat'

/** Problems of a new account by field (empty when it may be sent); the same rules as the server's. */
export function accountProblems(draft: AccountDraft): Partial<Record<AccountField, MessageKey>> {
  const problems: Partial<Record<AccountField, MessageKey>> = {}
  if (draft.name.trim() === '') problems.name = 'auth.error.nameEmpty'
  if (!LOGIN_PATTERN.test(draft.login.trim().toLowerCase())) problems.login = 'auth.error.loginFormat'
  if (draft.password.length < 8) problems.password = 'auth.error.passwordShort'
  if (draft.repeat !== undefined && draft.repeat !== draft.password) problems.repeat = 'auth.error.passwordMismatch'
  return problems
}

export const roleKey = (role: BoardRole): MessageKey => `auth.role.${role}`
/** «как эксперта»: the role in the form that follows «как». */
export const roleAsKey = (role: BoardRole): MessageKey => `auth.roleAs.${role}`
export const roleWhatKey = (role: BoardRole): MessageKey => `auth.roleWhat.${role}`
