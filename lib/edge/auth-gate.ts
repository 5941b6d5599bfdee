import { NextResponse, type NextRequest } from 'next/server'
import type { Strategy } from '@/lib/strategies/types'
import { checkAccessToken, expiresSoon } from './access-token'
import { COOKIES } from './cookies'
import { signInRedirect } from './sign-in-redirect'

/**
 * The middleware's whole job: let a request with a valid access token through, send one with no
 * session (or a forged token) to sign in, and hand one whose token is expired, or about to be, to
 * the refresh strategy. It runs on the edge (Next 14), so it verifies with the public key and
 * never signs. It is a first gate, not the only one: pages and route handlers verify again.
 */
export async function authGate(req: NextRequest, strategy: Pick<Strategy, 'refresh'>): Promise<NextResponse> {
  const access = await checkAccessToken(req.cookies.get(COOKIES.access)?.value)
  const hasRefresh = req.cookies.has(COOKIES.refresh)
  if (access.status === 'valid' && !(hasRefresh && expiresSoon(access.claims))) return NextResponse.next()
  if (access.status === 'invalid') return signInRedirect(req, 'invalid_token')
  if (!hasRefresh) return signInRedirect(req, access.status === 'missing' ? 'login_required' : 'no_refresh_token')
  return strategy.refresh(req)
}
