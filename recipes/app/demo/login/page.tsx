import { SignOutAnnouncer } from '@/components/SignOutSync'
import { HOME_PATH } from '@/lib/edge/protocol'
import { parseReason, SIGN_IN_REASONS } from '@/lib/edge/reasons'
import { safeReturnTo } from '@/lib/edge/return-to'
import { SignInForm } from './sign-in-form'

export default function SignInPage({ searchParams }: { searchParams: { reason?: string; return_to?: string } }) {
  // Only known reason codes are shown, never text from the URL.
  const reason = parseReason(searchParams.reason)
  return (
    <main>
      <h1>Sign in</h1>
      {reason === 'logged_out' && <SignOutAnnouncer />}
      {reason && <p role="status">{SIGN_IN_REASONS[reason]}</p>}
      <SignInForm returnTo={safeReturnTo(searchParams.return_to) ?? HOME_PATH} />
    </main>
  )
}
