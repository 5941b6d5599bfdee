import type { NextRequest } from 'next/server'
import { FLOW_COOKIE, flowOf } from '@/lib/demo/edge/flows'
import { readDemoSession } from '@/lib/demo/node/demo-session'
import { holdingsOf } from '@/lib/demo/node/holdings'
import { browserHolds, sessionSnapshot } from '@/lib/demo/node/snapshot'
import { handleAuthErrors, json } from '@/lib/node/http'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/**
 * GET: the session and its events, for the dashboard's live inspector. The browser's own request
 * (outside the middleware's matcher, so polling never refreshes): what it carries is what the
 * browser holds, which is how the inspector tells a delivered cookie from a lost one.
 */
export async function GET(req: NextRequest) {
  return handleAuthErrors(async () => {
    const cookie = (name: string) => req.cookies.get(name)?.value
    const session = await readDemoSession(cookie)
    const flow = flowOf(cookie(FLOW_COOKIE), session.issuer)
    return json(await sessionSnapshot(session, flow, browserHolds(cookie, session), holdingsOf(cookie, session.issuer)))
  })
}
