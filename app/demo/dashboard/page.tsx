import { headers } from 'next/headers'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { ActionCheck } from '@/components/demo/ActionCheck'
import { LiveSession } from '@/components/demo/LiveSession'
import { StrategySwitcher } from '@/components/demo/StrategySwitcher'
import type { SessionSnapshot } from '@/components/demo/types'
import { currentSession } from '@/lib/node/request-session'
import { sessionSnapshot } from '@/lib/node/session-snapshot'
import { accessCookieIn, jtiOf } from './token-seen'

export const metadata = { title: 'Dashboard' }
export const dynamic = 'force-dynamic'

const EXPIRED_HELP = {
  broken: 'The middleware refreshed your tokens, but the new Set-Cookie stopped at its own fetch(): your browser still holds the expired access token and the old refresh token. Reload and it presents that old refresh token again; after the grace window, that is reuse, and the session is revoked.',
  forward: 'The middleware will refresh on your next navigation.',
  redirect: 'Your next navigation goes through the refresh route and back.',
  client: 'The client refresher is renewing your tokens now; this page updates when it has.'
}

export default async function DashboardPage() {
  // Verified again here: the middleware is a first gate, not the only one.
  const session = await currentSession()
  if (session.status === 'unavailable') {
    return (
      <main className="narrow">
        <h1>Dashboard</h1>
        <p role="alert" className="notice warn">
          The session store is unavailable, so your session cannot be checked right now. Nothing was lost: reload in a
          few seconds.
        </p>
      </main>
    )
  }
  if (session.status === 'signed-out') redirect(`/demo/login?reason=${session.reason}&return_to=/demo/dashboard`)
  const snapshot = (await sessionSnapshot(session)) as SessionSnapshot
  // The same token, read from the raw request header: what headers()-based libraries see.
  const headerJti = await jtiOf(accessCookieIn(headers().get('cookie')))

  return (
    <main>
      <nav aria-label="Site">
        <Link href="/">← The guide</Link> · <Link href="/demo">Demo overview</Link>
      </nav>
      <header className="bar">
        <h1>Dashboard</h1>
        <form method="post" action="/api/auth/logout">
          <button type="submit" className="button secondary">
            Sign out
          </button>
        </form>
      </header>
      {session.status === 'active' ? (
        <p className="notice ok">
          Signed in as <strong data-testid="user">{session.family.name}</strong> with the <code>{session.flow}</code>{' '}
          strategy. This server component rendered with access token{' '}
          <code data-testid="server-jti">{session.jti}</code> (read with <code>cookies()</code>;{' '}
          <code>headers().get(&apos;cookie&apos;)</code> holds <code data-testid="header-jti">{headerJti ?? 'none'}</code>).
        </p>
      ) : (
        <p className="notice warn" role="status" data-testid="expired-notice">
          Your access token has expired. {EXPIRED_HELP[session.flow]}
        </p>
      )}
      <ActionCheck />
      <div className="columns">
        <LiveSession initial={snapshot} />
        <StrategySwitcher current={session.flow} />
      </div>
    </main>
  )
}
