import { SignOutAnnouncer } from '@/components/SignOutSync'
import { HOME_PATH } from '@/lib/edge/protocol'
import { parseReason, SIGN_IN_REASONS } from '@/lib/edge/reasons'
import { safeReturnTo } from '@/lib/edge/return-to'
import { SignInForm } from './sign-in-form'

// searchParams is a promise from Next 15 (awaiting 14's plain object is harmless).
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ reason?: string; return_to?: string }> }) {
  const { reason: code, return_to } = await searchParams
  // Only known reason codes are shown, never text from the URL.
  const reason = parseReason(code)
  return (
    <main>
      <h1>Sign in</h1>
      {reason === 'logged_out' && <SignOutAnnouncer />}
      {reason && <p role="status">{SIGN_IN_REASONS[reason]}</p>}
      <SignInForm returnTo={safeReturnTo(return_to) ?? HOME_PATH} />
    </main>
  )
}
