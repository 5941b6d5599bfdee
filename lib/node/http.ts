import { NextResponse } from 'next/server'
import { PRIVATE_NO_STORE } from '@/lib/edge/cookies'
import { AuthError } from '@/lib/edge/errors'

const NO_STORE = { 'cache-control': PRIVATE_NO_STORE }

export function jsonError(status: number, error: string, message: string, headers: Record<string, string> = {}) {
  return NextResponse.json({ error, message }, { status, headers: { ...NO_STORE, ...headers } })
}

/**
 * A 303 ("see other": the browser follows with a GET). To a path on this site, pass the path: a
 * relative Location is valid (RFC 9110) and stays right behind a proxy.
 */
export function seeOther(location: string) {
  return new NextResponse(null, { status: 303, headers: { location, ...NO_STORE } })
}

export function json(body: unknown, init: { status?: number } = {}) {
  return NextResponse.json(body, { status: init.status ?? 200, headers: NO_STORE })
}

/** Runs a route handler body; a store outage becomes a 503 that keeps the user's cookies. */
export async function handleAuthErrors(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof AuthError && (error.code === 'ERR_STORE_UNAVAILABLE' || error.code === 'ERR_PROVIDER_UNAVAILABLE')) {
      const code = error.code === 'ERR_STORE_UNAVAILABLE' ? 'store_unavailable' : 'provider_unavailable'
      return jsonError(503, code, `${error.message}. Your session is intact: retry in a few seconds.`, { 'retry-after': '2' })
    }
    if (error instanceof AuthError) {
      console.error(`[cookie-flow] ${error.code}: ${error.message}`)
      return jsonError(500, 'server_misconfigured', 'The server is misconfigured; the operator has been told why in the logs.')
    }
    throw error
  }
}
