import type { NextRequest } from 'next/server'
import { internalOrigin } from './internal-origin'
import { REFRESH_PATH } from './protocol'

// Longer than a healthy refresh takes under load, short enough that a hung route handler
// answers the browser with a 503 it can retry rather than a request that never ends.
const REFRESH_TIMEOUT_MS = 10_000

export type RefreshCall = { ok: true; response: Response } | { ok: false; detail: string }

/**
 * The middleware calls the node refresh route (signing and the session store are node-only).
 * The response's Set-Cookie lands in this fetch, not in the browser: what happens next is the
 * whole difference between the broken and the forward strategy. A route that cannot be reached
 * is an outcome, not a throw: the strategy answers 503 and the browser keeps its cookies.
 */
export async function callRefreshRoute(req: NextRequest): Promise<RefreshCall> {
  try {
    const response = await fetch(new URL(REFRESH_PATH, internalOrigin()), {
      method: 'POST',
      headers: { accept: 'application/json', cookie: req.headers.get('cookie') ?? '' },
      cache: 'no-store',
      redirect: 'manual',
      signal: AbortSignal.timeout(REFRESH_TIMEOUT_MS)
    })
    return { ok: true, response }
  } catch (error) {
    // undici says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a timeout) is its cause.
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
    const detail = `${error instanceof Error ? error.message : String(error)}${cause}`
    console.error(`[cookie-flow] the middleware could not reach ${REFRESH_PATH}: ${detail}`)
    return { ok: false, detail }
  }
}
