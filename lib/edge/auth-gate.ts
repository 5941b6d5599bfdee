import { NextResponse, type NextRequest } from 'next/server'
import type { Strategy } from '@/lib/strategies/types'
import { expiresSoon } from './access-token'
import { refreshUnavailable, signInRedirect } from './sign-in-redirect'
import { SELF_ISSUED, type TokenSource } from './token-source'

/**
 * The middleware's whole job: let a request with a valid access token through, send one with no
 * session (or a forged token) to sign in, and hand one whose token is expired, or about to be, to
 * the refresh strategy. It runs on the edge (Next 14), so it verifies with the public key and
 * never signs. It is a first gate, not the only one: pages and route handlers verify again.
 */
export async function authGate(req: NextRequest, strategy: Pick<Strategy, 'refresh'>, source: TokenSource = SELF_ISSUED): Promise<NextResponse> {
  const access = await source.check(req.cookies.get(source.cookies.access)?.value)
  // The provider's keys could not be fetched: nothing is known about the token, nothing is lost.
  if (access.status === 'unavailable') return refreshUnavailable()
  const hasRefresh = req.cookies.has(source.cookies.refresh)
  if (access.status === 'valid' && !(hasRefresh && expiresSoon(access.claims))) return NextResponse.next()
  if (access.status === 'invalid') return signInRedirect(req, 'invalid_token', source.cookies)
  if (!hasRefresh) return signInRedirect(req, access.status === 'missing' ? 'login_required' : 'no_refresh_token', source.cookies)
  return strategy.refresh(req)
}
