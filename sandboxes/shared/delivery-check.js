// The check behind the broken flow's "Your turn": it runs the reader's middleware through the same
// model and story as the sandbox (sign in, let the access token expire, open the dashboard), then
// says whether the rotated refresh token reached the browser's jar, and if not, which mistake the
// trace shows. It reads what happened, not the code, so any edit that works passes.
import { cookies, parseSetCookie } from './next.js'
import { routes } from './routes.js'
import { browser, clock, refreshVerdict, sessions, start, trace } from './scenario.js'

const PASS_ON = 'Append each line of refreshed.headers.getSetCookie() to your response.'

/** `{ ok, kind, text, hint }` for the middleware `middleware(request)`. */
export async function checkDelivery(middleware) {
  let returned
  const watched = async (request) => (returned = await middleware(request))
  try {
    start({ middleware: watched, routes, pages: { '/dashboard': () => 'Dashboard' } })
    await browser.fetch('/api/auth/login', { method: 'POST' })
    await clock.advance(31_000)
    const response = await browser.navigate('/dashboard')
    return diagnose({
      verdict: refreshVerdict(),
      sent: trace.hops.filter((hop) => hop.from === 'Node route' && hop.to === 'Edge middleware').flatMap(setCookies),
      received: response.headers.getSetCookie(),
      held: browser.jar.list().find((cookie) => cookie.name === 'refresh'),
      pageSaw: cookies().get('refresh')?.value,
      onRequest: returned?.requestHeaders?.get?.('set-cookie') ?? null
    })
  } catch (error) {
    return threw(error)
  }
}

/** A module that would not even load (a syntax error) fails the check the same way. */
export function threw(error) {
  return {
    ok: false,
    kind: 'threw',
    text: 'Not yet: your code threw an error:',
    hint: `${error}`
  }
}

function setCookies(hop) {
  return hop.headers.filter(([name]) => name === 'set-cookie').map(([, line]) => line)
}

function diagnose({ verdict, sent, received, held, pageSaw, onRequest }) {
  if (verdict.ok && !held.httpOnly) {
    return result('not-http-only', 'Delivered, but scripts can read it:',
      `refresh=${held.value} came without HttpOnly. Append the route's lines unchanged, or pass httpOnly: true (and path, sameSite, maxAge).`)
  }
  if (verdict.ok) {
    return { ok: true, kind: 'delivered', text: 'Cookie delivered.',
      hint: `The browser holds refresh=${held.value}, the token the server expects next: its next refresh works, where the broken one ended the session.` }
  }
  const arrived = received.map(parseSetCookie)
  const sentNames = sent.map((line) => parseSetCookie(line).name)
  if (received.some((line) => sent.filter((one) => line.includes(one)).length > 1)) {
    return result('joined', 'Not yet: the cookies arrived as one line.',
      `headers.get() joins Set-Cookie lines with ", ", so the browser kept only ${arrived[0].name}. Append each entry of getSetCookie() instead.`)
  }
  const stranger = arrived.find((cookie) => !sentNames.includes(cookie.name))
  if (stranger) {
    return result('wrong-name', `Not yet: the browser got ${stranger.name}=${stranger.value}, a cookie the app never reads.`,
      `It reads ${sentNames.join(' and ')}: append the route's Set-Cookie lines unchanged.`)
  }
  if (arrived.length && !arrived.some((cookie) => cookie.name === 'refresh')) {
    return result('missing', 'Not yet: refresh did not reach the browser.',
      `It got ${arrived.map((cookie) => cookie.name).join(', ')} only. ${PASS_ON}`)
  }
  if (!received.length && (onRequest !== null || (pageSaw !== undefined && pageSaw === sessions.current()))) {
    return result('request-only', 'Not yet: the cookies went on the request, not the response.',
      `The request takes them to the page alone. ${PASS_ON}`)
  }
  if (!received.length) {
    return result('no-set-cookie', 'Not yet: no Set-Cookie reached the browser.',
      `The new tokens stopped at fetch(), which has no cookie jar. ${PASS_ON}`)
  }
  return result('lost', `Not yet. ${verdict.text}`, "In the trace, compare the route's Set-Cookie lines with the dashboard's.")
}

function result(kind, text, hint) {
  return { ok: false, kind, text, hint }
}
