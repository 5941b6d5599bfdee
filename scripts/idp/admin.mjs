// @ts-check
// What a test needs to do to a provider that a real one does on its own schedule: rotate its
// signing keys, and go down. Both exist only when IDP_ADMIN_TOKEN is set, and answer only a
// request that sends it (Authorization: Bearer <token>):
//
//   POST /__admin/rotate-keys           → { kid, kids }: a new key signs from now on; the old
//                                         ones stay in the JWKS for the tokens they signed
//   POST /__admin/outage {"on": true}   → { outage: true }: the token endpoint answers 503 until
//                                         {"on": false}; everything else keeps working
//   GET  /__admin/stats                 → what it has answered since it started: token endpoint
//                                         grants by grant_type and outcome, JWKS fetches, revocations
import { readBody, same, sendJson } from './http.mjs'

/**
 * @typedef {object} AdminActions
 * @property {() => Promise<{ kid: string, kids: string[] }>} rotateKeys
 * @property {(on: boolean) => void} setOutage
 * @property {() => unknown} stats
 */

/**
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<boolean>}
 */
async function outageSwitch(req) {
  /** @type {unknown} */
  let body
  try {
    body = JSON.parse(await readBody(req))
  } catch {
    body = undefined
  }
  const on = /** @type {{ on?: unknown } | undefined} */ (body)?.on
  if (typeof on !== 'boolean') throw new Error('send {"on": true} or {"on": false}')
  return on
}

/**
 * The admin routes' handler, or null when there is no token (then they do not exist: a request for
 * one reaches oidc-provider, which answers 404).
 * @param {string | undefined} token
 * @param {AdminActions} actions
 */
export function adminRoutes(token, actions) {
  if (!token) return null
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} pathname
   * @returns {Promise<boolean>} whether it was an admin route
   */
  return async function handleAdmin(req, res, pathname) {
    if (!pathname.startsWith('/__admin/')) return false
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (!bearer || !same(bearer, token)) {
      sendJson(res, 401, { error: 'invalid_token' }, { 'www-authenticate': 'Bearer realm="idp-admin"' })
    } else if (pathname === '/__admin/stats') {
      if (req.method === 'GET') sendJson(res, 200, actions.stats())
      else sendJson(res, 405, { error: 'use GET' }, { allow: 'GET' })
    } else if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'use POST' }, { allow: 'POST' })
    } else if (pathname === '/__admin/rotate-keys') {
      sendJson(res, 200, await actions.rotateKeys())
    } else if (pathname === '/__admin/outage') {
      try {
        const on = await outageSwitch(req)
        actions.setOutage(on)
        sendJson(res, 200, { outage: on })
      } catch (error) {
        sendJson(res, 400, { error: /** @type {Error} */ (error).message })
      }
    } else {
      sendJson(res, 404, { error: 'no such admin route: /__admin/rotate-keys, /__admin/outage or /__admin/stats' })
    }
    return true
  }
}
