import { SignOutAnnouncer } from '@/components/SignOutSync'
import { HOME_PATH, IDP_SIGN_IN_PATH } from '@/lib/edge/protocol'
import { parseReason, SIGN_IN_REASONS } from '@/lib/edge/reasons'
import { safeReturnTo } from '@/lib/edge/return-to'

// searchParams is a promise from Next 15 (awaiting 14's plain object is harmless).
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ reason?: string; return_to?: string }> }) {
  const { reason: code, return_to } = await searchParams
  // Only known reason codes are shown, never text from the URL.
  const reason = parseReason(code)
  return (
    <main>
      <h1>Sign in</h1>
      {(reason === 'logged_out' || reason === 'logged_out_not_revoked') && <SignOutAnnouncer />}
      {reason && <p role="status">{SIGN_IN_REASONS[reason]}</p>}
      {/* A plain form: a POST carries Origin, which the route checks. */}
      <form method="post" action={IDP_SIGN_IN_PATH}>
        <input type="hidden" name="return_to" value={safeReturnTo(return_to) ?? HOME_PATH} />
        <button type="submit">Sign in with the identity provider</button>
      </form>
    </main>
  )
}
