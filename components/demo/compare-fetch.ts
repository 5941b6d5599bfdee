// The compare's browser side. This site forbids framing itself (frame-ancestors 'none'), so the page
// is not loaded in a hidden frame: it is fetched as a navigation would fetch it (GET, the browser's
// cookies, redirects followed and every Set-Cookie stored by the browser itself), and Resource
// Timing, the browser's own record of that request, says how long it took. A browser times the
// redirects it follows only together, and shows a page none of their statuses.

type Entry = PerformanceResourceTiming & { responseStatus?: number }

export interface Requested {
  path: string
  status: number
  /** The final request alone: fetchStart is taken after any redirects. */
  ms: number
  /** The redirects together, or null when there were none. */
  redirectsMs: number | null
}

// An observer, not the timeline's buffer: the buffer stops at 250 entries, which the dashboard's
// own polling fills within minutes.
function watchFetches() {
  const seen: Entry[] = []
  const observer = new PerformanceObserver((list) => seen.push(...(list.getEntries() as Entry[])))
  observer.observe({ type: 'resource' })
  return async (urls: string[]): Promise<Entry | undefined> => {
    // The entry is queued once the body has arrived; give the timeline a moment to deliver it.
    for (let i = 0; i < 20 && !seen.some((e) => urls.includes(e.name)); i++) await new Promise((r) => setTimeout(r, 50))
    observer.disconnect()
    return seen.filter((e) => urls.includes(e.name)).at(-1)
  }
}

/** Sends a request from this page and reads back the browser's timing of it. */
export async function timedRequest(path: string, init: RequestInit = {}): Promise<Requested> {
  const entryFor = watchFetches()
  const started = performance.now()
  const res = await fetch(path, { cache: 'no-store', ...init })
  await res.arrayBuffer()
  const measured = performance.now() - started
  const entry = await entryFor([new URL(path, location.href).href, res.url])
  return {
    path: new URL(res.url).pathname,
    status: res.status,
    ms: Math.round(entry ? entry.responseEnd - entry.fetchStart : measured),
    redirectsMs: res.redirected && entry && entry.redirectEnd > 0 ? Math.round(entry.redirectEnd - entry.redirectStart) : null
  }
}

/** The page, requested as a browser navigation requests it. */
export const requestPage = (path: string) => timedRequest(path, { headers: { accept: 'text/html,application/xhtml+xml' } })
