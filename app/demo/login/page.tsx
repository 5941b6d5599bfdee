import Link from 'next/link'
import { cookies } from 'next/headers'
import { FlowPicker } from '@/components/demo/FlowPicker'
import { LoginForm } from '@/components/demo/LoginForm'
import { SignOutAnnouncer } from '@/components/SignOutSync'
import { DEMO_SIGN_IN_REASONS, FLOW_COOKIE, flowOf, parseFlow } from '@/lib/demo/edge/flows'
import { HOME_PATH } from '@/lib/edge/protocol'
import { SIGN_IN_REASONS } from '@/lib/edge/reasons'
import { safeReturnTo } from '@/lib/edge/return-to'
import { authEnv } from '@/lib/node/env'

export const metadata = { title: 'Sign in' }

// Only known codes are shown, never text from the URL: the page cannot display attacker-written messages.
const REASONS: Record<string, string> = { ...SIGN_IN_REASONS, ...DEMO_SIGN_IN_REASONS }

interface Props {
  searchParams: { reason?: string; return_to?: string; flow?: string }
}

export default function LoginPage({ searchParams }: Props) {
  const reason = searchParams.reason && Object.hasOwn(REASONS, searchParams.reason) ? searchParams.reason : null
  const defaultFlow = parseFlow(searchParams.flow) ?? flowOf(cookies().get(FLOW_COOKIE)?.value) ?? flowOf(undefined)!
  return (
    <main className="narrow">
      <p>
        <Link href="/demo">← Demo overview</Link>
      </p>
      <h1>Sign in to the demo</h1>
      {reason === 'logged_out' && <SignOutAnnouncer />}
      {reason && (
        <p role="status" className={reason === 'logged_out' ? 'notice' : 'notice warn'} data-reason={reason}>
          {REASONS[reason]}
        </p>
      )}
      <p>
        Demo credentials: username <kbd>demo</kbd>, password <kbd>demo</kbd>. Pick the strategy the middleware
        will use when your access token expires (it lives {authEnv().accessTtl} s).
      </p>
      <LoginForm returnTo={safeReturnTo(searchParams.return_to) ?? HOME_PATH} picker={<FlowPicker current={defaultFlow} />} />
    </main>
  )
}
