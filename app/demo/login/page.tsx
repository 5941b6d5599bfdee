import Link from 'next/link'
import { cookies } from 'next/headers'
import { FlowPicker } from '@/components/demo/FlowPicker'
import { LoginForm } from '@/components/demo/LoginForm'
import { SignOutAnnouncer } from '@/components/SignOutSync'
import { DEMO_SIGN_IN_REASONS, FLOW_COOKIE, flowOf, parseFlow } from '@/lib/demo/edge/flows'
import { scenarioNamed } from '@/lib/demo/edge/scenarios'
import { idpConfig } from '@/lib/edge/idp/config'
import { HOME_PATH, IDP_SIGN_IN_PATH } from '@/lib/edge/protocol'
import { SIGN_IN_REASONS } from '@/lib/edge/reasons'
import { safeReturnTo } from '@/lib/edge/return-to'
import { authEnv } from '@/lib/node/env'

export const metadata = { title: 'Sign in' }

// Only known codes are shown, never text from the URL: the page cannot display attacker-written messages.
const REASONS: Record<string, string> = { ...SIGN_IN_REASONS, ...DEMO_SIGN_IN_REASONS }
const SIGNED_OUT = ['logged_out', 'logged_out_not_revoked']

interface Props {
  searchParams: { reason?: string; return_to?: string; flow?: string }
}

export default function LoginPage({ searchParams }: Props) {
  const reason = searchParams.reason && Object.hasOwn(REASONS, searchParams.reason) ? searchParams.reason : null
  const cookieFlow = cookies().get(FLOW_COOKIE)?.value
  const returnTo = safeReturnTo(searchParams.return_to) ?? HOME_PATH
  const provider = idpConfig()
  // A "See it live" link that had to sign the reader in first: preselect the strategy its case needs.
  const wanted = searchParams.flow ?? scenarioNamed(new URLSearchParams(returnTo.split('?')[1]).get('scenario'))?.flow
  return (
    <main className="narrow">
      <p>
        <Link href="/demo">← Demo overview</Link>
      </p>
      <h1>Sign in to the demo</h1>
      {reason && SIGNED_OUT.includes(reason) && <SignOutAnnouncer />}
      {reason && (
        <p role="status" className={SIGNED_OUT.includes(reason) ? 'notice' : 'notice warn'} data-reason={reason}>
          {REASONS[reason]}
        </p>
      )}
      <p>
        Demo credentials: username <kbd>demo</kbd>, password <kbd>demo</kbd>. Pick the strategy the middleware
        will use when your access token expires (it lives {authEnv().accessTtl} s).
      </p>
      <LoginForm
        returnTo={returnTo}
        picker={<FlowPicker current={parseFlow(wanted) ?? flowOf(cookieFlow) ?? flowOf(undefined)!} />}
      />
      <h2 id="provider">Or sign in with the identity provider</h2>
      {provider ? (
        <>
          <p>
            A real OpenID provider issues the tokens instead of this app (same <kbd>demo</kbd> / <kbd>demo</kbd>, on its
            own page); this app keeps and refreshes them. It rotates refresh tokens with no grace period: the{' '}
            <code>provider-direct</code> strategy shows what that does to parallel requests.
          </p>
          {/* A plain form: it works before hydration and without JavaScript, and a POST carries Origin. */}
          <form method="post" action={IDP_SIGN_IN_PATH} className="card stack">
            <input type="hidden" name="return_to" value={returnTo} />
            <FlowPicker current={parseFlow(wanted, 'provider') ?? flowOf(cookieFlow, 'provider') ?? flowOf(undefined)!} issuer="provider" />
            <button type="submit" className="button">
              Sign in with the identity provider
            </button>
          </form>
        </>
      ) : (
        <p className="notice">
          This server has no identity provider configured. Run the site on your machine with <code>npm run dev</code>{' '}
          to try it: that starts one beside the app.
        </p>
      )}
    </main>
  )
}
