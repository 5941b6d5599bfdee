import { cookies, headers } from 'next/headers'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { ActionCheck } from '@/components/demo/ActionCheck'
import { LabControls } from '@/components/demo/LabControls'
import { LiveSession } from '@/components/demo/LiveSession'
import { ScenarioGuide } from '@/components/demo/ScenarioGuide'
import { ParallelRequests } from '@/components/demo/ParallelRequests'
import { StrategyCompare } from '@/components/demo/StrategyCompare'
import { StrategySwitcher } from '@/components/demo/StrategySwitcher'
import { FLOW_COOKIE, flowNamed, flowOf } from '@/lib/demo/edge/flows'
import { scenarioNamed } from '@/lib/demo/edge/scenarios'
import { currentDemoSession } from '@/lib/demo/node/demo-session'
import { holdingsOf } from '@/lib/demo/node/holdings'
import { sessionSnapshot } from '@/lib/demo/node/snapshot'
import { idpConfig } from '@/lib/edge/idp/config'
import { HOME_PATH, LOGIN_PATH, LOGOUT_PATH } from '@/lib/edge/protocol'
import { accessCookieIn, jtiOf } from './token-seen'

export const metadata = { title: 'Dashboard' }
export const dynamic = 'force-dynamic'

const OUTAGE = {
  store: 'The session store is unavailable, so your session cannot be checked right now.',
  provider: "The identity provider's keys cannot be fetched, so your access token cannot be checked right now."
}

export default async function DashboardPage({ searchParams }: { searchParams: { scenario?: string } }) {
  // Verified again here: the middleware is a first gate, not the only one.
  const session = await currentDemoSession()
  if (session.status === 'unavailable') {
    return (
      <main className="narrow">
        <h1>Dashboard</h1>
        <p role="alert" className="notice warn">
          {OUTAGE[session.unavailable]} Nothing was lost: reload in a few seconds.
        </p>
        {session.unavailable === 'store' && <LabControls ownTokens clientRefresher={false} ttlMs={0} storeDown />}
      </main>
    )
  }
  if (session.status === 'signed-out') redirect(`${LOGIN_PATH}?reason=${session.reason}&return_to=${HOME_PATH}`)
  // The middleware checked the strategy cookie; a page rendered without it shows the configured one.
  const flow = flowOf(cookies().get(FLOW_COOKIE)?.value, session.issuer) ?? flowOf(undefined)!
  const scenario = scenarioNamed(searchParams.scenario)
  // Nothing counts as presented by the browser here: after a forward refresh this request carries
  // tokens the browser has not stored yet. The inspector's own polling tells (LiveSession).
  const snapshot = await sessionSnapshot(session, flow, {}, holdingsOf((name) => cookies().get(name)?.value, session.issuer))
  // The same token, read from the raw request header: what headers()-based libraries see.
  const headerJti = await jtiOf(accessCookieIn(headers().get('cookie'), session.issuer), session.issuer)
  const issuedBy =
    session.issuer === 'provider' ? (
      <>
        Your tokens come from the identity provider at <code data-testid="issuer">{idpConfig()?.issuer}</code>; this app
        only keeps and refreshes them.
      </>
    ) : (
      <>This app signed your tokens itself.</>
    )

  return (
    <main>
      <p>
        <Link href="/demo">← Demo overview</Link>
      </p>
      <header className="bar">
        <h1>Dashboard</h1>
        <form method="post" action={LOGOUT_PATH}>
          <button type="submit" className="button secondary">
            Sign out
          </button>
        </form>
      </header>
      {session.status === 'active' ? (
        <p className="notice ok">
          Signed in as <strong data-testid="user">{session.name}</strong> with the <code>{flow}</code> strategy. This
          server component rendered with access token <code data-testid="server-jti">{session.jti}</code> (read with{' '}
          <code>cookies()</code>; <code>headers().get(&apos;cookie&apos;)</code> holds{' '}
          <code data-testid="header-jti">{headerJti ?? 'none'}</code>). {issuedBy}
        </p>
      ) : (
        <p className="notice warn" role="status" data-testid="expired-notice">
          Your access token has expired. {flowNamed(flow).afterExpiry}
        </p>
      )}
      {scenario && <ScenarioGuide scenario={scenario} current={flow} issuer={session.issuer} />}
      <ActionCheck />
      <div className="columns">
        <LiveSession initial={snapshot} />
        <div>
          <StrategySwitcher current={flow} issuer={session.issuer} />
          <LabControls ownTokens={session.issuer === 'app'} clientRefresher={flowNamed(flow).clientRefresher} ttlMs={session.lifetimeMs} />
          <ParallelRequests />
        </div>
      </div>
      <StrategyCompare current={flow} issuer={session.issuer} />
    </main>
  )
}
