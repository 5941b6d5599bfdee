import { ConfigError } from './errors'

// Where the middleware reaches this app's own route handlers. Never the request's URL: behind a
// TLS-terminating proxy Next 14 builds that URL as https://<hostname>:<port> from
// X-Forwarded-Proto (next/dist/server/lib/router-utils/resolve-routes.js, `initUrl`), so a
// fetch() to it speaks TLS to a plain-HTTP port; and a Host header is the client's to choose, and
// rarely resolves from inside the server. So: configured, or the loopback port we listen on.

export const INTERNAL_ORIGIN_HELP =
  'Set INTERNAL_ORIGIN to the origin your middleware can reach this app on from the server itself, e.g. http://127.0.0.1:3000.'

/** Checks a configured INTERNAL_ORIGIN; also run at startup so a typo stops the server. */
export function parseInternalOrigin(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConfigError(`INTERNAL_ORIGIN is not a URL: "${value}". ${INTERNAL_ORIGIN_HELP}`)
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !bare) {
    throw new ConfigError(`INTERNAL_ORIGIN must be an http:// or https:// origin with no path, got "${value}". ${INTERNAL_ORIGIN_HELP}`)
  }
  return url.origin
}

/**
 * The origin for the middleware's calls to this app. `next start` (and `next dev`, and the
 * standalone server) put the port they listen on in process.env.PORT once listening
 * (next/dist/server/lib/start-server.js), before the first request reaches the middleware.
 */
export function internalOrigin(env: Record<string, string | undefined> = process.env): string {
  if (env.INTERNAL_ORIGIN) return parseInternalOrigin(env.INTERNAL_ORIGIN)
  if (env.PORT && /^\d{1,5}$/.test(env.PORT)) return `http://127.0.0.1:${env.PORT}`
  throw new ConfigError(`INTERNAL_ORIGIN is not set and the server's port is unknown (no PORT). ${INTERNAL_ORIGIN_HELP}`)
}
