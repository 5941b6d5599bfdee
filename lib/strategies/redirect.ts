import { NextResponse } from 'next/server'
import { REFRESH_PATH } from '@/lib/edge/refresh-route'
import type { RefreshStrategy } from './types'

// The handshake: send the browser itself to the refresh route, which rotates and answers with a
// 303 back here plus Set-Cookie. The browser receives that response, so it stores the cookies.
export const redirect: RefreshStrategy = async (req) => {
  // A redirected POST (a server action) would lose its body; let the action check the session.
  if (req.method !== 'GET' && req.method !== 'HEAD') return NextResponse.next()
  const url = new URL(REFRESH_PATH, req.url)
  url.searchParams.set('return_to', req.nextUrl.pathname + req.nextUrl.search)
  return NextResponse.redirect(url, 307)
}
