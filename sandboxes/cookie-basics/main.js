// Whoever receives a response gets its cookies. One route sets two cookies;
// first the browser calls it, then the middleware does.
import { browser, clock, finish, start, trace } from '../shared/scenario.js'
import { middleware } from './middleware.js'
import { hello } from './route.js'

const routes = { '/api/hello': hello }
const pages = { '/': () => 'Home', '/docs/intro': () => 'Docs' }

export async function run() {
  return [await browserAsks(), await middlewareAsks()]
}

async function browserAsks() {
  start({ routes, pages })
  await browser.fetch('/api/hello')
  await browser.navigate('/docs/intro')
  const visible = browser.jar.documentCookie('/docs/intro')
  trace.note(`document.cookie on /docs/intro: "${visible}" (no HttpOnly).`)
  await browser.navigate('/')
  await clock.advance(61_000)
  trace.note('greeting is past its Max-Age=60: gone from the jar.')
  await browser.navigate('/docs/intro')
  const ok = browser.jar.get('theme') === 'dark'
  return finish('The browser calls the route', {
    ok,
    text: ok
      ? 'The browser got both cookies and sends each where Path allows.'
      : 'The browser lost theme=dark.'
  })
}

async function middlewareAsks() {
  start({ middleware, routes, pages })
  await browser.navigate('/')
  const kept = browser.jar.list().length
  return finish('The middleware calls the route', {
    ok: kept > 0,
    text: kept > 0
      ? `The browser got ${kept} cookies.`
      : 'The middleware received both cookies; the browser, none.'
  })
}
