// app/api/hello/route.js, a node route handler that answers with two cookies.
import { NextResponse } from '../shared/next.js'

export const hello = {
  GET() {
    const res = NextResponse.json({ hello: 'world' })
    // Sent to every path for 60 s; page scripts never see it.
    res.cookies.set('greeting', 'hi', { path: '/', maxAge: 60, httpOnly: true })
    // Sent only to /docs and below, where page scripts can read it.
    res.cookies.set('theme', 'dark', { path: '/docs' })
    return res
  }
}
