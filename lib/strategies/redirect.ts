import { NextResponse } from 'next/server'
import { REFRESH_PATH } from '@/lib/edge/protocol'
import type { Strategy } from './types'

// The handshake: send the browser itself to the refresh route, which rotates and answers with a
// 303 back here plus Set-Cookie. The browser receives that response, so it stores the cookies.
export const redirect = {
  name: 'redirect',
  label: 'Redirect handshake: the browser visits the refresh route',
  afterExpiry: 'Your next navigation goes through the refresh route and back.',
  clientRefresher: false,
  async refresh(req) {
    // A redirected POST (a server action) would lose its body; let the action check the session.
    if (req.method !== 'GET' && req.method !== 'HEAD') return NextResponse.next()
    const url = new URL(REFRESH_PATH, req.url)
    url.searchParams.set('return_to', req.nextUrl.pathname + req.nextUrl.search)
    // Next makes a same-origin middleware redirect relative (resolve-routes.js), so the browser
    // stays on the public origin behind a proxy.
    return NextResponse.redirect(url, 307)
  }
} as const satisfies Strategy
