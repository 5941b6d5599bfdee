import type { NextRequest } from 'next/server'
import { COOKIES } from '@/lib/edge/cookies'
import { IDP_COOKIES } from '@/lib/edge/idp/cookies'
import type { IdpRefreshResult } from '@/lib/node/idp/refresh'
import type { IdpSignInResult } from '@/lib/node/idp/sign-in'
import { fingerprint, hashToken } from '@/lib/node/refresh-token'
import type { RefreshResult, IssuedTokens } from '@/lib/node/rotation'
import { FLOW_COOKIE, parseFlow, type Flow } from '../edge/flows'
import { recordEvent } from './event-log'
import type { Party } from './events'
import { recordHop } from './hop-headers'
import { PROVIDER_LOG_COOKIE } from './provider-log'

// What the demo's route files and actions record, from what the auth core returned. The labels
// (who asked, with which strategy) come from the request as it is: a browser's fetch() sends
// Sec-Fetch-Site, the middleware's own fetch() sends none; a GET is the redirect handshake.
// A route passes its response once built, so the headers recorded are the ones that were sent.

function caller(req: NextRequest): Party {
  if (req.method === 'GET') return 'redirect'
  return req.headers.has('sec-fetch-site') ? 'client' : 'middleware'
}

const presented = (token: string | undefined) => (token ? fingerprint(hashToken(token)) : undefined)

/** `hop`: the route's request and response; a server action has none (Next builds its response later). */
export async function recordLogin(tokens: IssuedTokens, by: Party, flow: Flow, hop?: { req: NextRequest; response: Response }) {
  const { refreshFp, accessJti } = tokens.minted
  const headers = hop ? { hop: recordHop(hop.req, hop.response) } : {}
  await recordEvent(tokens.family.id, { kind: 'login', by, flow, receiver: 'browser', refreshFp, accessJti, ...headers })
}

export async function recordRefresh(req: NextRequest, result: RefreshResult | null, response: Response) {
  if (!result?.family) return // no session to show it in
  const by = caller(req)
  const labels = { by, flow: parseFlow(req.cookies.get(FLOW_COOKIE)?.value) ?? undefined, parentFp: result.presentedFp ?? undefined, hop: recordHop(req, response) }
  if (!result.ok) return recordEvent(result.family.id, { kind: 'refresh-failed', ...labels, outcome: result.reason })
  const receiver = by === 'middleware' ? 'middleware-fetch' : 'browser'
  await recordEvent(result.family.id, { kind: 'refresh', ...labels, outcome: result.outcome, receiver, ...result.minted })
}

/** `req`: the sign-out request, whose refresh cookie shows which tokens reached the browser. */
export async function recordLogout(req: NextRequest, familyId: string | null, response: Response) {
  if (familyId) await recordEvent(familyId, { kind: 'logout', by: 'api', parentFp: presented(req.cookies.get(COOKIES.refresh)?.value), hop: recordHop(req, response) })
}

export async function recordSwitch(logKey: string, flow: Flow) {
  await recordEvent(logKey, { kind: 'switch', by: 'server-action', flow })
}

// --- sessions whose tokens the identity provider issued: it is a fourth party ---

export async function recordProviderLogin(logKey: string, result: Extract<IdpSignInResult, { ok: true }>, flow: Flow, req: NextRequest, response: Response) {
  await recordEvent(logKey, { kind: 'login', by: 'callback', flow, issuer: 'provider', provider: 'called', receiver: 'browser', refreshFp: result.minted.refreshFp, hop: recordHop(req, response) })
}

export async function recordProviderRefresh(req: NextRequest, result: IdpRefreshResult | null, response: Response) {
  const logKey = req.cookies.get(PROVIDER_LOG_COOKIE)?.value
  if (!result || !logKey) return
  const by = caller(req)
  const labels = { by, issuer: 'provider' as const, flow: parseFlow(req.cookies.get(FLOW_COOKIE)?.value, 'provider') ?? undefined, parentFp: result.presentedFp, hop: recordHop(req, response) }
  if (!result.ok) return recordEvent(logKey, { kind: 'refresh-failed', ...labels, provider: result.calledProvider ? 'refused' : 'shared', outcome: result.reason })
  const receiver = by === 'middleware' ? 'middleware-fetch' : 'browser'
  await recordEvent(logKey, { kind: 'refresh', ...labels, provider: result.calledProvider ? 'called' : 'shared', outcome: result.calledProvider ? 'rotated' : 'shared', receiver, ...result.minted })
}

export async function recordProviderLogout(req: NextRequest, revoked: boolean, response: Response) {
  const logKey = req.cookies.get(PROVIDER_LOG_COOKIE)?.value
  const refresh = req.cookies.get(IDP_COOKIES.refresh)?.value
  if (logKey && refresh) await recordEvent(logKey, { kind: 'logout', by: 'api', issuer: 'provider', outcome: revoked ? 'revoked' : 'not_revoked', parentFp: presented(refresh), hop: recordHop(req, response) })
}
