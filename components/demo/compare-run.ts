import type { Flow } from '@/lib/demo/edge/flows'
import type { Hop } from '@/lib/demo/edge/trace'
import { HOME_PATH, LOGIN_PATH, REFRESH_PATH, SESSION_PATH } from '@/lib/edge/protocol'
import { loadInHiddenFrame, navigationOf, resourcesOf, waitForClientRefresh } from './compare-frame'

// One strategy's run, for real, on the reader's own session: the strategy cookie set, the access
// token expired (the lab's route), the dashboard loaded as a navigation in a hidden frame, and the
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
  progress(`${flow}: loading the dashboard in a hidden frame, as a navigation…`)
  const frame = await loadInHiddenFrame(HOME_PATH)
  try {
    if (flow === 'client') {
      progress(`${flow}: waiting for the client refresher in that page…`)
      await waitForClientRefresh(frame)
    }
    const nav = navigationOf(frame)
    const resources = resourcesOf(frame, [SESSION_PATH, REFRESH_PATH, HOME_PATH])
    const after = await inspector()
    const fresh = after.events.filter((e) => !before.has(e.id))
    const outcome: Outcome =
      nav.path === LOGIN_PATH || after.status === 'signed-out'
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
      const started = performance.now()
      const res = await fetch(REFRESH_PATH, { method: 'POST', headers: { accept: 'application/json' } })
      repaired = res.ok ? 'kept' : 'signed-out'
      repair = { by: 'browser', method: 'POST', path: REFRESH_PATH, status: String(res.status), ms: Math.round(performance.now() - started), byCompare: true, note: 'sent by this compare with the refresh token the browser still held: the same request the next page load would make' }
    }
    const hops = await setStrategy(flow, false)
    const redirects = hops.filter((h) => h.status >= 300 && h.status < 400).slice(0, nav.redirectCount)
    const rows: Row[] = [
      ...redirects.map((h): Row => ({ by: 'browser', method: h.method, path: h.path, status: String(h.status), ms: null, note: `answered by the ${h.answeredBy === 'middleware' ? 'middleware' : 'refresh route'}` })),
      { by: 'browser', method: 'GET', path: nav.path, status: String(nav.status), ms: nav.ms, note: 'the navigation' },
      ...middleware,
      ...resources.map((r): Row => {
        const traced = hops.find((h) => h.path === r.path && h.answeredBy === 'route' && h.status < 300)
        const method = r.path === REFRESH_PATH ? (traced?.method ?? 'POST') : 'GET'
        const note = r.path === HOME_PATH ? "the page's re-render (router.refresh())" : r.path === REFRESH_PATH ? 'the client refresher' : 'the client refresher checks what the cookies hold'
        return { by: 'browser', method, path: r.path, status: String(r.status), ms: r.ms, note }
      }),
      ...(repair ? [repair] : [])
    ]
    return { flow, rows, roundTrips: rows.filter((r) => r.by === 'browser' && !r.byCompare).length, redirectsMs: nav.redirectCount ? nav.redirectsMs : null, outcome, repaired }
  } finally {
    frame.remove()
  }
}
