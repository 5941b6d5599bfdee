import type { NextRequest, NextResponse } from 'next/server'
import { cookieOptions } from '@/lib/edge/cookies'
import { FLOW_COOKIE, FLOWS, parseFlow } from '@/lib/demo/edge/flows'
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
  if (!flow) return jsonError(400, 'unknown_flow', `flow must be one of: ${FLOWS.map((f) => f.name).join(', ')}.`)
  const { response, result } = await signInFromBody(req, read.body)
  if (result?.ok) {
    ;(response as NextResponse).cookies.set(FLOW_COOKIE, flow, cookieOptions(result.tokens.refreshMaxAge))
    await recordLogin(result.tokens, 'api', flow)
  }
  return response
}
