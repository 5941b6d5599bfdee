// The node route handlers (app/api/auth/*/route.ts in the demo app). Only they touch the session
// store, and they answer with Set-Cookie: whoever sent the request receives those cookies.
import { NextResponse } from './next.js'
import { sessions } from './sessions.js'
import { isExpired } from './token.js'

const COOKIE = { path: '/', httpOnly: true, sameSite: 'lax' }

// The body tells client code when to refresh: it cannot read the HttpOnly cookie itself.
function withTokens(result) {
  const res = NextResponse.json({ accessExpiresAt: result.accessExpiresAt, note: result.reason })
  res.cookies.set('access', result.access, { ...COOKIE, maxAge: sessions.settings.accessTtl })
  res.cookies.set('refresh', result.refresh, { ...COOKIE, maxAge: sessions.settings.refreshTtl })
  return res
}

export const login = {
  POST: () => withTokens(sessions.login())
}

export const refresh = {
  POST(request) {
    const result = sessions.rotate(request.cookies.get('refresh')?.value)
    if (result.ok) return withTokens(result)
    const res = NextResponse.json({ error: result.reason }, { status: 401 })
    res.cookies.delete('access')
    res.cookies.delete('refresh')
    return res
  }
}

/** Some data a signed-in page loads; it needs a live access token. */
export const data = {
  GET(request) {
    const access = request.cookies.get('access')?.value
    if (isExpired(access)) {
      return NextResponse.json({ error: 'access token missing or expired' }, { status: 401 })
    }
    return NextResponse.json({ items: ['🍪', '🍪', '🍪'] })
  }
}

export const routes = {
  '/api/auth/login': login,
  '/api/auth/refresh': refresh,
  '/api/data': data
}
