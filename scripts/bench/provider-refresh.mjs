// The refresh when an identity provider issued the tokens, beside the refresh of this app's own:
// the refresh route's answer time for each (POST /api/auth/refresh, a fresh session every time,
// alternating), and the provider's token endpoint alone, which the first includes. Then 20
// concurrent refreshes of one token, counted at the provider: the single flight must hold.
import { CookieBrowser } from '../idp/cookie-browser.mjs'
import { freePort, startIdp, startNext } from '../servers.mjs'
import { iqr, median } from './http.mjs'

const ROUNDS = 21 // the first warms both paths and is not counted
const SECRET = 'bench-client-secret-0123456789'
const ADMIN = 'bench-admin-token-0123456789'
const CLIENT_ID = 'cookie-flow'

async function timed(run) {
  const started = performance.now()
  const response = await run()
  const ms = performance.now() - started
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`)
  return ms
}

/** Signs in through the provider as a browser would (the app's routes, the provider's form); returns the browser. */
async function providerSession(app, callback) {
  const browser = new CookieBrowser()
  const form = await browser.follow(`${app.browserUrl}/api/auth/idp/login`, callback, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'flow=forward&return_to=%2Fdemo%2Fdashboard'
  })
  const action = /action="([^"]+)"/.exec(await form.text())?.[1]
  if (!action) throw new Error(`no sign-in form at the provider (${form.status} ${form.url})`)
  const back = await browser.follow(new URL(action, form.url).href, callback, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'username=demo&password=demo'
  })
  const done = await browser.request(new URL(back.headers.get('location'), form.url).href)
  if (done.status !== 303 || done.headers.get('location') !== '/demo/dashboard') throw new Error(`the callback answered ${done.status} to ${done.headers.get('location')}`)
  return browser
}

async function ownSession(app) {
  const browser = new CookieBrowser()
  const res = await browser.request(`${app.browserUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo', password: 'demo', flow: 'forward' })
  })
  if (!res.ok) throw new Error(`sign-in answered ${res.status}`)
  return browser
}

const refreshRoute = (app, browser) => () => fetch(`${app.browserUrl}/api/auth/refresh`, { method: 'POST', headers: { cookie: browser.cookieHeader(app.browserUrl) } })

const refreshToken = (app, browser) => /(?:^|; )__Host-cf_idp_refresh=([^;]+)/.exec(browser.cookieHeader(app.browserUrl))?.[1]

const tokenEndpoint = (idp, token) => () =>
  fetch(`${idp.issuer}/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token })
  })

export async function benchProviderRefresh() {
  const port = await freePort()
  const callback = `http://localhost:${port}/api/auth/idp/callback`
  const idp = await startIdp({ IDP_CLIENT_SECRET: SECRET, IDP_REDIRECT_URIS: callback, IDP_ADMIN_TOKEN: ADMIN })
  let app
  try {
    app = await startNext(
      { IDP_ISSUER: idp.issuer, IDP_CLIENT_ID: CLIENT_ID, IDP_CLIENT_SECRET: SECRET, IDP_REDIRECT_URI: callback, IDP_AUDIENCE: 'urn:cookie-flow:api' },
      { port }
    )
    const samples = { own: [], provider: [], endpoint: [] }
    for (let round = 0; round < ROUNDS; round++) {
      // Each round in another order, so neither side always runs first.
      const order = round % 2 ? ['provider', 'own', 'endpoint'] : ['own', 'provider', 'endpoint']
      const taken = {}
      for (const side of order) {
        if (side === 'own') taken.own = await timed(refreshRoute(app, await ownSession(app)))
        if (side === 'provider') taken.provider = await timed(refreshRoute(app, await providerSession(app, callback)))
        if (side === 'endpoint') taken.endpoint = await timed(tokenEndpoint(idp, refreshToken(app, await providerSession(app, callback))))
      }
      if (round > 0) for (const side of Object.keys(samples)) samples[side].push(taken[side])
    }
    // The race the provider's rotation punishes: 20 refreshes of one token at once.
    const session = await providerSession(app, callback)
    const before = (await idp.stats()).grants.refresh_token ?? {}
    const answers = await Promise.all(Array.from({ length: 20 }, () => refreshRoute(app, session)()))
    const after = (await idp.stats()).grants.refresh_token ?? {}
    const ratios = samples.own.map((own, i) => samples.provider[i] / own)
    return {
      samples: samples.own.length,
      ownMs: Number(median(samples.own).toFixed(1)),
      providerMs: Number(median(samples.provider).toFixed(1)),
      endpointMs: Number(median(samples.endpoint).toFixed(1)),
      ratio: Number(median(ratios).toFixed(2)),
      ratioIqr: iqr(ratios),
      concurrent: {
        requests: answers.length,
        answered200: answers.filter((r) => r.status === 200).length,
        providerCalls: (after.success ?? 0) - (before.success ?? 0),
        refused: (after.invalid_grant ?? 0) - (before.invalid_grant ?? 0)
      },
      met: answers.every((r) => r.status === 200) && (after.success ?? 0) - (before.success ?? 0) === 1
    }
  } finally {
    await Promise.all([app?.stop(), idp.stop()])
  }
}
