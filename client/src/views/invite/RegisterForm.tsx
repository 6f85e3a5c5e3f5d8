/** A new person joins through an invite link: name, login, password → account, board, signed in. */
import type { PublicUser } from '../../../../shared/auth.js'
import { registerByInvite, type NewAccount } from '../../api/auth.js'
import { AccountForm } from '../../auth/AccountForm.js'

export function RegisterForm({ secret, onJoined }: { secret: string; onJoined(user: PublicUser, boardId: string): void }) {
  const create = async (account: NewAccount) => {
    const joined = await registerByInvite(secret, account)
    onJoined(joined.user, joined.boardId)
  }
  return <AccountForm form="register" submit="auth.invite.register" submitting="auth.invite.registering" create={create} />
}
