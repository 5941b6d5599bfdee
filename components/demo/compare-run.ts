import type { Flow } from '@/lib/demo/edge/flows'
import type { Hop } from '@/lib/demo/edge/trace'
import { HOME_PATH, LOGIN_PATH, REFRESH_PATH, SESSION_PATH } from '@/lib/edge/protocol'
import { requestPage, timedRequest } from './compare-fetch'

// One strategy's run, for real, on the reader's own session: the strategy cookie set, the access
// token expired (the lab's route), the dashboard requested as a navigation requests it, and the
// requests read back from the browser's timings, the server's trace of redirects and its event log.

export interface Row {
  by: 'browser' | 'middleware'
  method: string
  path: string
  status: string
  /** Browser-measured; null where the browser cannot time it apart (a redirect, the middleware's fetch). */
  ms: number | null
  note?: string
  /** Sent by the compare itself, not by the strategy. */
  byCompare?: boolean
}

export type Outcome = 'fresh' | 'lost' | 'expired' | 'signed-out'

export interface Timeline {
  flow: Flow
  rows: Row[]
  roundTrips: number
  redirectsMs: number | null
  outcome: Outcome
  /** After tokens were lost: whether the compare's own refresh kept the session. */
  repaired?: 'kept' | 'signed-out'
}

interface InspectorState {
  status: 'active' | 'expired' | 'signed-out'
  accessToken: { jti: string | null } | null
  events: { id: string; kind: string; by: string; outcome?: string }[]
}

async function call(path: string, body?: unknown) {
  const res = await fetch(path, { method: 'POST', cache: 'no-store', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) })
  return { ok: res.ok, status: res.status, body: await res.json().catch(() => ({})) }
}

const inspector = async (): Promise<InspectorState> => (await fetch('/demo/api/inspector', { cache: 'no-store' })).json()

/** Sets the strategy; with trace, starts a new trace. Answers with the hops traced since the last call. */
export async function setStrategy(flow: Flow, trace: boolean): Promise<Hop[]> {
  const res = await call('/demo/api/lab/compare', { flow, trace })
  if (!res.ok) throw new Error(res.body.message ?? `Could not set the strategy (${res.status}).`)
  return res.body.hops
}

export async function runScenario(flow: Flow, progress: (text: string) => void): Promise<Timeline> {
  const before = new Set((await inspector()).events.map((e) => e.id))
  await setStrategy(flow, true)
  progress(`${flow}: expiring your access token…`)
  const expired = await call('/demo/api/lab/expire')
  if (!expired.ok) throw new Error(expired.body.message ?? 'The access token could not be expired.')
  const beside: Row[] = []
  if (flow === 'client') {
    // What components/TokenRefresher.tsx sends when it finds the token due: a check, then the refresh.
    progress(`${flow}: refreshing from the browser, as the client refresher does…`)
    const check = await timedRequest(SESSION_PATH)
    beside.push({ by: 'browser', method: 'GET', path: SESSION_PATH, status: String(check.status), ms: check.ms, note: 'the client refresher checks what the cookies hold' })
    const refreshed = await timedRequest(REFRESH_PATH, { method: 'POST', headers: { accept: 'application/json' } })
    beside.push({ by: 'browser', method: 'POST', path: REFRESH_PATH, status: String(refreshed.status), ms: refreshed.ms, note: 'the client refresher; its Set-Cookie lands in the browser' })
  }
  progress(`${flow}: requesting the dashboard as a navigation would…`)
  const page = await requestPage(HOME_PATH)
  const after = await inspector()
  const fresh = after.events.filter((e) => !before.has(e.id))
  const outcome: Outcome =
    page.path === LOGIN_PATH || after.status === 'signed-out'
      ? 'signed-out'
      : after.status === 'active' && after.accessToken?.jti !== expired.body.jti
        ? 'fresh'
        : fresh.some((e) => e.kind === 'refresh')
          ? 'lost'
          : 'expired'
  const middleware: Row[] = fresh
    .filter((e) => e.by === 'middleware' && (e.kind === 'refresh' || e.kind === 'refresh-failed'))
    .map((e) => ({ by: 'middleware', method: 'POST', path: REFRESH_PATH, status: e.outcome ?? e.kind, ms: null, note: "during the request above; the answer and its Set-Cookie went to the middleware's own fetch()" }))
  let repair: Row | null = null
  let repaired: Timeline['repaired']
  if (outcome === 'lost') {
    // The browser still holds the replaced refresh token. Presented again inside the grace
    // window it gets the successor already minted; left until later it would be reuse.
    progress(`${flow}: the tokens were lost; presenting the old refresh token again, in the grace window…`)
    const res = await timedRequest(REFRESH_PATH, { method: 'POST', headers: { accept: 'application/json' } })
    repaired = res.status === 200 ? 'kept' : 'signed-out'
    repair = { by: 'browser', method: 'POST', path: REFRESH_PATH, status: String(res.status), ms: res.ms, byCompare: true, note: 'sent by this compare with the refresh token the browser still held: the same request the next page load would make' }
  }
  // Refused only once the session has ended; the timeline then shows what the browser saw.
  const hops = await setStrategy(flow, false).catch((): Hop[] => [])
  const redirects = hops.filter((h) => h.status >= 300 && h.status < 400)
  const rows: Row[] = [
    ...beside,
    ...redirects.map((h): Row => ({ by: 'browser', method: h.method, path: h.path, status: String(h.status), ms: null, note: `answered by the ${h.answeredBy === 'middleware' ? 'middleware' : 'refresh route'}` })),
    { by: 'browser', method: 'GET', path: page.path, status: String(page.status), ms: page.ms, note: redirects.length ? 'where the redirects led' : 'the page' },
    ...middleware,
    ...(repair ? [repair] : [])
  ]
  return { flow, rows, roundTrips: rows.filter((r) => r.by === 'browser' && !r.byCompare).length, redirectsMs: page.redirectsMs, outcome, repaired }
}
