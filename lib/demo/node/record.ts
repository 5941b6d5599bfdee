import type { NextRequest } from 'next/server'
import { COOKIES } from '@/lib/edge/cookies'
import { fingerprint, hashToken } from '@/lib/node/refresh-token'
import type { RefreshResult, IssuedTokens } from '@/lib/node/rotation'
import { FLOW_COOKIE, parseFlow, type Flow } from '../edge/flows'
import { recordEvent } from './event-log'
import type { Party } from './events'

// What the demo's route files and actions record, from what the auth core returned. The labels
// (who asked, with which strategy) come from the request as it is: a browser's fetch() sends
// Sec-Fetch-Site, the middleware's own fetch() sends none; a GET is the redirect handshake.

function flowOf(req: NextRequest): Flow | undefined {
  return parseFlow(req.cookies.get(FLOW_COOKIE)?.value) ?? undefined
}

function caller(req: NextRequest): Party {
  if (req.method === 'GET') return 'redirect'
  return req.headers.has('sec-fetch-site') ? 'client' : 'middleware'
}

export async function recordLogin(tokens: IssuedTokens, by: Party, flow: Flow) {
  const { refreshFp, accessJti } = tokens.minted
  await recordEvent(tokens.family.id, { kind: 'login', by, flow, receiver: 'browser', refreshFp, accessJti })
}

export async function recordRefresh(req: NextRequest, result: RefreshResult | null) {
  if (!result?.family) return // no session to show it in
  const by = caller(req)
  const labels = { by, flow: flowOf(req), parentFp: result.presentedFp ?? undefined }
  if (!result.ok) return recordEvent(result.family.id, { kind: 'refresh-failed', ...labels, outcome: result.reason })
  const receiver = by === 'middleware' ? 'middleware-fetch' : 'browser'
  await recordEvent(result.family.id, { kind: 'refresh', ...labels, outcome: result.outcome, receiver, ...result.minted })
}

/** `req`: the sign-out request, whose refresh cookie shows which tokens reached the browser. */
export async function recordLogout(req: NextRequest, familyId: string | null) {
  const refresh = req.cookies.get(COOKIES.refresh)?.value
  if (familyId) await recordEvent(familyId, { kind: 'logout', by: 'api', parentFp: refresh ? fingerprint(hashToken(refresh)) : undefined })
}

export async function recordSwitch(familyId: string, flow: Flow) {
  await recordEvent(familyId, { kind: 'switch', by: 'server-action', flow })
}
