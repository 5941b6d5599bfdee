import Link from 'next/link'
import { cookies } from 'next/headers'
import { LoginForm } from '@/components/demo/LoginForm'
import { SignOutAnnouncer } from '@/components/SignOutSync'
import { COOKIES } from '@/lib/edge/cookies'
import { DEFAULT_FLOW, parseFlow } from '@/lib/edge/flow'
import { parseReason, SIGN_IN_REASONS } from '@/lib/edge/reasons'
import { safeReturnTo } from '@/lib/edge/return-to'
import { authEnv } from '@/lib/node/env'

export const metadata = { title: 'Sign in' }

interface Props {
  searchParams: { reason?: string; return_to?: string; flow?: string }
}

export default function LoginPage({ searchParams }: Props) {
  const reason = parseReason(searchParams.reason)
  const defaultFlow = parseFlow(searchParams.flow) ?? parseFlow(cookies().get(COOKIES.flow)?.value) ?? DEFAULT_FLOW
  return (
    <main className="narrow">
      <p>
        <Link href="/demo">← Demo overview</Link>
      </p>
      <h1>Sign in to the demo</h1>
      {reason === 'logged_out' && <SignOutAnnouncer />}
      {reason && (
        <p role="status" className={reason === 'logged_out' ? 'notice' : 'notice warn'} data-reason={reason}>
          {SIGN_IN_REASONS[reason]}
        </p>
      )}
      <p>
        Demo credentials: username <kbd>demo</kbd>, password <kbd>demo</kbd>. Pick the strategy the middleware
        will use when your access token expires (it lives {authEnv().accessTtl} s).
      </p>
      <LoginForm returnTo={safeReturnTo(searchParams.return_to) ?? '/demo/dashboard'} defaultFlow={defaultFlow} />
    </main>
  )
}
