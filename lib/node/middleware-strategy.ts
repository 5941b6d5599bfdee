import { NextResponse } from 'next/server'
import { COOKIES, writeAuthCookies } from '@/lib/edge/cookies'
import { AuthError } from '@/lib/edge/errors'
import { forwardSetCookies } from '@/lib/edge/forward-cookies'
import { refreshUnavailable, signInRedirect } from '@/lib/edge/sign-in-redirect'
import { configuredStrategy } from '@/lib/strategies'
import { forward } from '@/lib/strategies/forward'
import type { Strategy } from '@/lib/strategies/types'
import { refreshSession, type IssuedTokens } from './rotation'

// For middleware that runs on Node (Next 15.5 with runtime: 'nodejs', Next 16's proxy.ts): the
// forward strategy rotates the token in process. No fetch() to the refresh route, so no origin to
// know and no second request; the new cookies still have to reach the browser and the request.

/** The Set-Cookie lines for new tokens, as the refresh route would have sent them. */
function setCookieLines(tokens: IssuedTokens): string[] {
  const res = new NextResponse()
  writeAuthCookies(res.cookies, tokens)
  return res.headers.getSetCookie()
}

export const forwardInProcess = {
  ...forward,
  async refresh(req) {
    try {
      const result = await refreshSession(req.cookies.get(COOKIES.refresh)?.value ?? '')
      if (!result.ok) return signInRedirect(req, result.reason)
      return forwardSetCookies(req, setCookieLines(result))
    } catch (error) {
      // The store is down: nothing was rotated, the browser keeps its cookies and retries.
      if (error instanceof AuthError && error.code === 'ERR_STORE_UNAVAILABLE') return refreshUnavailable()
      throw error
    }
  }
} satisfies Strategy

/** AUTH_REFRESH_STRATEGY, with forward done in process. */
export function middlewareStrategy(): Strategy {
  const strategy = configuredStrategy()
  return strategy.name === 'forward' ? forwardInProcess : strategy
}
