import type { NextRequest, NextResponse } from 'next/server'
import { FLOWS_FOR, parseFlow } from '@/lib/demo/edge/flows'
import { keepPendingFlow } from '@/lib/demo/node/pending-flow'
import { handleAuthErrors, jsonError } from '@/lib/node/http'
import { idpSignInStart, readSignInForm } from '@/lib/node/routes/idp-sign-in'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

/** POST (the sign-in button's form): the recipes' start of sign-in with the provider, plus the demo's strategy. */
export async function POST(req: NextRequest) {
  const read = await readSignInForm(req)
  if (!read.ok) return read.response
  const flow = parseFlow(read.form.get('flow'), 'provider')
  if (!flow) return jsonError(400, 'unknown_flow', `flow must be one of: ${FLOWS_FOR.provider.map((f) => f.name).join(', ')}.`)
  const response = await handleAuthErrors(() => idpSignInStart(read.form))
  if (response.status === 303) keepPendingFlow((response as NextResponse).cookies, flow)
  return response
}
