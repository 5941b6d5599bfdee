// middleware.js: before the page renders, the edge calls the same route with
// the server-side fetch(). `fetch` comes from the model so that it reaches
// the model's routes; on the real edge it is the global fetch().
import { NextResponse, fetch } from '../shared/next.js'

export async function middleware(request) {
  await fetch(new URL('/api/hello', request.url))
  return NextResponse.next()
}
