import type { NextRequest, NextResponse } from 'next/server'
import { FLOW_COOKIE, parseFlow } from '@/lib/demo/edge/flows'
import { dropPendingFlow, PENDING_FLOW_COOKIE } from '@/lib/demo/node/pending-flow'
import { startProviderLog } from '@/lib/demo/node/provider-log'
import { recordProviderLogin } from '@/lib/demo/node/record'
import { clearAuthCookies, cookieOptions } from '@/lib/edge/cookies'
import { IDP_COOKIE_MAX_AGE } from '@/lib/edge/idp/cookies'
import { idpCallback } from '@/lib/node/routes/idp-callback'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/**
 * GET: the recipes' callback. On success the demo also ends any session with its own tokens (one
 * way signed in at a time), makes the picked strategy the session's, and starts its event log.
 */
export async function GET(req: NextRequest) {
  const { response, result } = await idpCallback(req)
  const jar = (response as NextResponse).cookies
  if (result) dropPendingFlow(jar)
  if (result?.ok) {
    const flow = parseFlow(req.cookies.get(PENDING_FLOW_COOKIE)?.value, 'provider') ?? 'forward'
    clearAuthCookies(jar)
    jar.set(FLOW_COOKIE, flow, cookieOptions(IDP_COOKIE_MAX_AGE))
    await recordProviderLogin(startProviderLog(jar), result, flow, req, response)
  }
  return response
}
