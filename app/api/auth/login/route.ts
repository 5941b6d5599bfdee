import type { NextRequest, NextResponse } from 'next/server'
import { issuerOf } from '@/lib/demo/edge/issuer'
import { endProviderLog } from '@/lib/demo/node/provider-log'
import { clearAuthCookies, cookieOptions } from '@/lib/edge/cookies'
import { IDP_COOKIES } from '@/lib/edge/idp/cookies'
import { FLOW_COOKIE, FLOWS_FOR, parseFlow } from '@/lib/demo/edge/flows'
import { recordLogin } from '@/lib/demo/node/record'
import { jsonError } from '@/lib/node/http'
import { readLoginBody, signInFromBody } from '@/lib/node/routes/login'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/** POST {username, password, flow} as JSON: the recipes' sign-in route, plus the demo's strategy. */
export async function POST(req: NextRequest) {
  const read = await readLoginBody(req)
  if (!read.ok) return read.response
  const flow = parseFlow(read.body.flow)
  if (!flow) return jsonError(400, 'unknown_flow', `flow must be one of: ${FLOWS_FOR.app.map((f) => f.name).join(', ')}.`)
  const { response, result } = await signInFromBody(req, read.body)
  if (result?.ok) {
    const jar = (response as NextResponse).cookies
    jar.set(FLOW_COOKIE, flow, cookieOptions(result.tokens.refreshMaxAge))
    // One way signed in at a time: a session with the provider's tokens ends here.
    if (issuerOf((name) => req.cookies.has(name)) === 'provider') {
      clearAuthCookies(jar, IDP_COOKIES)
      endProviderLog(jar)
    }
    await recordLogin(result.tokens, 'api', flow, { req, response })
  }
  return response
}
