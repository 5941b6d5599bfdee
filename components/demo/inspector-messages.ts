import { REFRESH_PATH } from '@/lib/edge/protocol'
import type { InspectorEvent } from '@/lib/demo/node/events'

// Turns server-side flow events into the arrows of a sequence diagram.
export const LANES = ['Browser (cookie jar)', 'Middleware (edge)', 'Node (route handler / action)'] as const
const [BROWSER, MIDDLEWARE, NODE] = [0, 1, 2]

export interface Message {
  from: number
  to: number
  label: string
  tone?: 'lost' | 'ok' | 'error'
}

const tok = (fp?: string) => (fp ? `refresh …${fp}` : 'no refresh token')

export function messagesFor(e: InspectorEvent): Message[] {
  const caller = e.by === 'middleware' ? MIDDLEWARE : BROWSER
  const newCookies = `Set-Cookie: access …${e.accessJti?.slice(0, 6)}, ${tok(e.refreshFp)}`
  switch (e.kind) {
    case 'login':
      return [
        { from: BROWSER, to: NODE, label: e.by === 'api' ? 'POST /api/auth/login' : 'sign in (server action)' },
        { from: NODE, to: BROWSER, label: newCookies }
      ]
    case 'refresh': {
      const how = e.by === 'redirect' ? `GET ${REFRESH_PATH}?return_to=…` : `POST ${REFRESH_PATH}`
      const answer = e.by === 'redirect' ? '303 back' : '200'
      const steps: Message[] = [
        { from: caller, to: NODE, label: `${how} with ${tok(e.parentFp)}` },
        { from: NODE, to: caller, label: `${answer}, ${e.outcome}: ${newCookies}` }
      ]
      if (e.by === 'middleware') {
        const forwarded = e.flow === 'forward'
        steps.push({
          from: MIDDLEWARE,
          to: BROWSER,
          label: forwarded ? 'res.cookies.set(): Set-Cookie copied onto the response' : 'NextResponse.next(): no Set-Cookie',
          tone: forwarded ? 'ok' : 'lost'
        })
      }
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
  return e.by
}
