import { cookieName, cookieOptions } from '@/lib/edge/cookies'

// The dashboard's side-by-side compare needs the status of each hop of a redirect chain, which a
// browser never shows a page (fetch() and navigations follow redirects out of sight). So while a
// compare runs, each part of the server that answers the browser with a redirect, or answers its
// refresh request, appends that hop to this cookie; the browser carries it to the next hop, and the
// compare reads it back. Demo only: the cookie exists for the seconds a compare runs.
export const TRACE_COOKIE = cookieName('cf_demo_trace')
export const TRACE_MAX_AGE_S = 60

export interface Hop {
  /** Who answered: the middleware, or a route handler. */
  answeredBy: 'middleware' | 'route'
  method: string
  path: string
  status: number
  /** Server clock, ms. */
  at: number
}

const SEPARATOR = '|'

export function parseTrace(value: string | undefined): Hop[] {
  if (!value) return []
  return value
    .split(SEPARATOR)
    .map((entry) => entry.split(' '))
    .filter((parts) => parts.length === 5)
    .map(([answeredBy, method, path, status, at]) => ({ answeredBy: answeredBy === 'middleware' ? 'middleware' : 'route', method, path, status: Number(status), at: Number(at) }))
}

/** The trace with one more hop; the value is URL-encoded by whoever sets the cookie. */
export function withHop(value: string | undefined, hop: Omit<Hop, 'at'>): string {
  const entry = [hop.answeredBy, hop.method, hop.path, hop.status, Date.now()].join(' ')
  return value ? `${value}${SEPARATOR}${entry}` : entry
}

/** A Set-Cookie line for the trace, for a route whose response is a plain Response. */
export function traceSetCookie(value: string): string {
  const { secure } = cookieOptions(TRACE_MAX_AGE_S)
  return `${TRACE_COOKIE}=${encodeURIComponent(value)}; Path=/; Max-Age=${TRACE_MAX_AGE_S}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`
}
