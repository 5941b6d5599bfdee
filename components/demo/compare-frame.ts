// The compare's browser side: a hidden same-origin frame navigates to the page, so the request is a
// real navigation (cookies, redirects and Set-Cookie handled by the browser as for a tab), and the
// frame's own performance timeline says how it went. Navigation Timing gives the redirect count,
// the redirects' span and the final response's status; Resource Timing the frame's fetches.

import { HOME_PATH, REFRESH_PATH } from '@/lib/edge/protocol'

const LOAD_TIMEOUT_MS = 15_000
const REFRESHER_TIMEOUT_MS = 10_000

type WithStatus = { responseStatus?: number }

export function loadInHiddenFrame(path: string): Promise<HTMLIFrameElement> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe')
    frame.title = 'The dashboard, loaded for the compare'
    frame.className = 'compare-frame'
    frame.tabIndex = -1
    frame.setAttribute('aria-hidden', 'true')
    const timer = setTimeout(() => {
      frame.remove()
      reject(new Error('The dashboard did not load in time.'))
    }, LOAD_TIMEOUT_MS)
    frame.addEventListener(
      'load',
      () => {
        clearTimeout(timer)
        resolve(frame)
      },
      { once: true }
    )
    frame.src = path
    document.body.appendChild(frame)
  })
}

const perf = (frame: HTMLIFrameElement) => frame.contentWindow!.performance

export function navigationOf(frame: HTMLIFrameElement) {
  const nav = perf(frame).getEntriesByType('navigation')[0] as PerformanceNavigationTiming & WithStatus
  return {
    path: new URL(nav.name).pathname,
    status: nav.responseStatus ?? 0,
    redirectCount: nav.redirectCount,
    // Same-origin redirects are timed, but only together: the browser keeps no time per hop.
    redirectsMs: Math.round(nav.redirectEnd - nav.redirectStart),
    // fetchStart is taken after the redirects: this is the final request alone.
    ms: Math.round(nav.responseEnd - nav.fetchStart)
  }
}

export interface Fetched {
  path: string
  status: number
  ms: number
  start: number
}

/** The frame's own requests to these paths, in the order they started. */
export function resourcesOf(frame: HTMLIFrameElement, paths: string[]): Fetched[] {
  return (perf(frame).getEntriesByType('resource') as (PerformanceResourceTiming & WithStatus)[])
    .map((e) => ({ path: new URL(e.name).pathname, status: e.responseStatus ?? 0, ms: Math.round(e.duration), start: e.startTime }))
    .filter((e) => paths.includes(e.path))
    .sort((a, b) => a.start - b.start)
}

/** Resolves once the frame's client refresher has refreshed and the page has re-rendered. */
export async function waitForClientRefresh(frame: HTMLIFrameElement): Promise<void> {
  const deadline = Date.now() + REFRESHER_TIMEOUT_MS
  while (Date.now() < deadline) {
    const seen = resourcesOf(frame, [REFRESH_PATH, HOME_PATH])
    const refresh = seen.find((e) => e.path === REFRESH_PATH)
    if (refresh && seen.some((e) => e.path === HOME_PATH && e.start > refresh.start)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('The client refresher did not refresh in time.')
}
