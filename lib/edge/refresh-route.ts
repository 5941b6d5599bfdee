import type { NextRequest } from 'next/server'
import type { Flow } from './flow'

export const REFRESH_PATH = '/api/auth/refresh'
// Labels for the flow inspector only; nothing security-relevant trusts them.
export const CALLER_HEADER = 'x-cookie-flow-caller'
export const REQUEST_START_HEADER = 'x-cookie-flow-request-start'
export const FORWARDED_HEADER = 'x-cookie-flow-forwarded'

/**
 * The middleware calls the node refresh route (signing and the session store are node-only).
 * The response's Set-Cookie lands in this fetch, not in the browser: what happens next is the
 * whole difference between the broken and the forward strategy.
 */
export function callRefreshRoute(req: NextRequest, flow: Flow): Promise<Response> {
  return fetch(new URL(REFRESH_PATH, req.url), {
    method: 'POST',
    headers: {
      accept: 'application/json',
      cookie: req.headers.get('cookie') ?? '',
      [CALLER_HEADER]: `middleware:${flow}`,
      [REQUEST_START_HEADER]: String(Date.now())
    },
    cache: 'no-store'
  })
}
