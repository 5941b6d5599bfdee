import { IDP_SIGN_IN_PATH, REFRESH_PATH } from '@/lib/edge/protocol'
import type { InspectorEvent, ShownEvent } from '@/lib/demo/node/events'

// Turns server-side flow events into the arrows of a sequence diagram. When the identity provider
// issued the tokens, it is a fourth lane: the refresh route (or the middleware) asks it.
const BASE_LANES = ['Browser (cookie jar)', 'Middleware (edge)', 'Node (route handler / action)'] as const
const PROVIDER_LANE = 'Identity provider'
const [BROWSER, MIDDLEWARE, NODE, PROVIDER] = [0, 1, 2, 3]

export function lanesFor(events: InspectorEvent[]): string[] {
  return events.some((e) => e.issuer === 'provider') ? [...BASE_LANES, PROVIDER_LANE] : [...BASE_LANES]
}

export interface Message {
  from: number
  to: number
  label: string
  tone?: 'lost' | 'ok' | 'error'
}

const tok = (fp?: string) => (fp ? `refresh …${fp}` : 'no refresh token')

function cookiesOf(e: InspectorEvent) {
  return `Set-Cookie: access …${e.accessJti ? e.accessJti.slice(0, 6) : '(new)'}, ${tok(e.refreshFp)}`
}

/** The middleware's last step after it asked for new tokens: passed on to the browser, or not. */
function afterMiddleware(e: InspectorEvent): Message {
  const forwarded = e.flow === 'forward' || e.flow === 'provider-direct'
  return {
    from: MIDDLEWARE,
    to: BROWSER,
    label: forwarded ? 'Set-Cookie passed on to the browser and the request' : 'NextResponse.next(): no Set-Cookie',
    tone: forwarded ? 'ok' : 'lost'
  }
}

function providerMessages(e: InspectorEvent, caller: number): Message[] {
  const ask = { from: caller, to: NODE, label: `POST ${REFRESH_PATH} with ${tok(e.parentFp)}` }
  if (e.kind === 'login') {
    return [
      { from: BROWSER, to: NODE, label: `POST ${IDP_SIGN_IN_PATH}: 303 to the provider (state, nonce, PKCE challenge)` },
      { from: BROWSER, to: PROVIDER, label: 'sign in at the provider' },
      { from: PROVIDER, to: BROWSER, label: '303 to the callback with a one-time code' },
      { from: BROWSER, to: NODE, label: 'GET the callback: state checked' },
      { from: NODE, to: PROVIDER, label: 'code + PKCE verifier (token endpoint)' },
      { from: PROVIDER, to: NODE, label: 'ID token (nonce checked), access token, refresh token' },
      { from: NODE, to: BROWSER, label: cookiesOf(e) }
    ]
  }
  if (e.kind === 'logout') {
    return [
      { from: BROWSER, to: NODE, label: 'sign out: cookies cleared' },
      { from: NODE, to: PROVIDER, label: e.outcome === 'revoked' ? 'refresh token revoked (RFC 7009)' : 'revocation failed: provider unreachable', tone: e.outcome === 'revoked' ? undefined : 'error' }
    ]
  }
  if (e.kind !== 'refresh' && e.kind !== 'refresh-failed') return []
  const steps: Message[] = [ask]
  if (e.provider === 'shared') {
    steps.push({ from: NODE, to: NODE, label: 'waited for the refresh under way for this token: no second call to the provider' })
  } else {
    steps.push({ from: NODE, to: PROVIDER, label: `grant_type=refresh_token, ${tok(e.parentFp)}` })
    steps.push(
      e.kind === 'refresh'
        ? { from: PROVIDER, to: NODE, label: `200, rotated: ${tok(e.refreshFp)}`, tone: 'ok' }
        : { from: PROVIDER, to: NODE, label: '400 invalid_grant: the whole sign-in is revoked', tone: 'error' }
    )
  }
  if (e.kind === 'refresh-failed') return [...steps, { from: NODE, to: caller, label: `401 ${e.outcome}`, tone: 'error' }]
  steps.push({ from: NODE, to: caller, label: `200, ${e.outcome}: ${cookiesOf(e)}` })
  if (e.by === 'middleware') steps.push(afterMiddleware(e))
  return steps
}

export function messagesFor(e: InspectorEvent): Message[] {
  const caller = e.by === 'middleware' ? MIDDLEWARE : BROWSER
  if (e.issuer === 'provider') return providerMessages(e, caller)
  switch (e.kind) {
    case 'login':
      return [
        { from: BROWSER, to: NODE, label: e.by === 'api' ? 'POST /api/auth/login' : 'sign in (server action)' },
        { from: NODE, to: BROWSER, label: cookiesOf(e) }
      ]
    case 'refresh': {
      const how = e.by === 'redirect' ? `GET ${REFRESH_PATH}?return_to=…` : `POST ${REFRESH_PATH}`
      const answer = e.by === 'redirect' ? '303 back' : '200'
      const steps: Message[] = [
        { from: caller, to: NODE, label: `${how} with ${tok(e.parentFp)}` },
        { from: NODE, to: caller, label: `${answer}, ${e.outcome}: ${cookiesOf(e)}` }
      ]
      if (e.by === 'middleware') steps.push(afterMiddleware(e))
      return steps
    }
    case 'refresh-failed':
      return [
        { from: caller, to: NODE, label: `refresh with ${tok(e.parentFp)}` },
        {
          from: NODE,
          to: caller,
          label: `401 ${e.outcome}${e.outcome === 'reuse_detected' ? ': the whole family is revoked' : ''}`,
          tone: 'error'
        }
      ]
    case 'logout':
      return [{ from: BROWSER, to: NODE, label: 'sign out: family revoked, cookies cleared' }]
    case 'switch':
      return [{ from: BROWSER, to: NODE, label: `strategy switched to ${e.flow}` }]
  }
}

export function byParty(e: InspectorEvent): string {
  if (e.by === 'middleware') return `middleware (${e.flow})`
  if (e.by === 'callback') return 'the sign-in callback'
  return e.by
}

/** Where a hop's Set-Cookie lines ended up, when the middleware (not the browser) received them. */
export interface SetCookieFate {
  note: string
  tone?: 'lost' | 'ok'
  dropped: boolean
}

/**
 * The browser received the route's answer itself unless the middleware asked: then `forward`
 * passes the lines on, and `broken` answers NextResponse.next() without them. Dropped is said only
 * while nothing shows the browser got those tokens (delivery.ts): a twin request may have.
 */
export function setCookieFate(e: ShownEvent): SetCookieFate | null {
  if (e.by !== 'middleware') return null
  if (e.flow === 'forward' || e.flow === 'provider-direct') return { note: 'passed on to the browser by the middleware', tone: 'ok', dropped: false }
  if (e.delivery === 'delivered') return { note: 'not passed on by the middleware; the browser got these tokens from another response', dropped: false }
  return { note: 'dropped: never reached the browser', tone: 'lost', dropped: true }
}

/** Who sent the request whose headers an event recorded. */
export function hopFrom(e: InspectorEvent): string {
  if (e.by === 'middleware') return "the middleware's fetch()"
  return 'the browser'
}
