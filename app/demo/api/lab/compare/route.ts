import type { NextRequest } from 'next/server'
import { FLOW_COOKIE, parseFlow } from '@/lib/demo/edge/flows'
import { parseTrace, TRACE_COOKIE, TRACE_MAX_AGE_S } from '@/lib/demo/edge/trace'
import { readDemoSession } from '@/lib/demo/node/demo-session'
import { cookieOptions } from '@/lib/edge/cookies'
import { authEnv } from '@/lib/node/env'
import { handleAuthErrors, json, jsonError } from '@/lib/node/http'
import { crossSiteRefusal } from '@/lib/demo/node/lab-guard'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

// Marks a trace as running before any hop is in it.
const STARTED = 'started'

/**
 * POST { flow, trace }: for the dashboard's compare, on the caller's own session. Puts `flow` in
 * the strategy cookie, answers with the hops traced since the last call, and starts a new trace
 * (trace: true) or ends it. Refused cross-site and without a session.
 */
export async function POST(req: NextRequest) {
  const refused = crossSiteRefusal(req)
  if (refused) return refused
  return handleAuthErrors(async () => {
    const session = await readDemoSession((name) => req.cookies.get(name)?.value)
    if (session.status === 'signed-out') return jsonError(409, 'no_session', 'There is no session here to compare strategies on: sign in first.')
    const body = (await req.json().catch(() => ({}))) as { flow?: unknown; trace?: unknown }
    const flow = parseFlow(body.flow, session.issuer)
    if (!flow) return jsonError(400, 'unknown_flow', 'That strategy does not exist for this kind of session.')
    const res = json({ flow, hops: parseTrace(req.cookies.get(TRACE_COOKIE)?.value) })
    res.cookies.set(FLOW_COOKIE, flow, cookieOptions(authEnv().refreshTtl))
    res.cookies.set(TRACE_COOKIE, body.trace === true ? STARTED : '', cookieOptions(body.trace === true ? TRACE_MAX_AGE_S : 0))
    return res
  })
}
