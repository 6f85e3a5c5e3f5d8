/** First run on the server's own machine: the first workspace curator, signed in at once. */
import type { PublicUser } from '../../../shared/auth.js'
import { setupFirstCurator } from '../api/auth.js'
import { AccountForm } from './AccountForm.js'

export function SetupForm({ onSignedIn }: { onSignedIn(user: PublicUser): void }) {
  return (
    <AccountForm form="setup" repeat submit="auth.setup.submit" submitting="auth.setup.submitting" create={async (draft) => onSignedIn(await setupFirstCurator(draft))} />
  )
}
