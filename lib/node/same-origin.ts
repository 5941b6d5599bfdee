// Route handlers get no CSRF protection from Next (server actions do: they compare Origin with
// Host). So state-changing auth routes check it here. Browsers send Origin on every POST and
// Sec-Fetch-Site on every request; clients without them (curl, the middleware's own fetch) are
// not browsers and carry no ambient cookies to abuse.
export function crossSiteReason(headers: Headers): string | null {
  const site = headers.get('sec-fetch-site')
  if (site && site !== 'same-origin' && site !== 'none') return `Sec-Fetch-Site is "${site}"`
  const origin = headers.get('origin')
  if (!origin) return null
  // Like Next's server-action check: compare hosts, as a TLS-terminating proxy changes the scheme.
  const host = headers.get('x-forwarded-host') ?? headers.get('host')
  let originHost: string | null = null
  try {
    originHost = new URL(origin).host
  } catch {
    // "null" (sandboxed frames, some redirects) or garbage: not same-origin.
  }
  return originHost !== null && originHost === host ? null : `Origin "${origin}" is not this site`
}
