// @ts-check
// The little HTTP the identity provider's own routes need (sign-in form, admin): oidc-provider
// handles everything else itself.
import { createHash, timingSafeEqual } from 'node:crypto'

// A sign-in form or an admin command is a few dozen bytes; anything bigger is not one of ours.
const BODY_LIMIT = 16 * 1024

/**
 * The request body as text, refusing one over BODY_LIMIT.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<string>}
 */
export async function readBody(req) {
  let body = ''
  for await (const chunk of req) {
    body += chunk
    if (body.length > BODY_LIMIT) throw new Error('request body too large')
  }
  return body
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} type
 * @param {string} body
 * @param {Record<string, string>} [headers]
 */
export function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers })
  res.end(body)
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, value, headers) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), headers)
}

/**
 * Whether a password or token is the expected one. Compares digests in constant time, so the time
 * taken says nothing about how much of a guess was right, nor about its length.
 * @param {string} given
 * @param {string} expected
 */
export function same(given, expected) {
  const digest = (/** @type {string} */ value) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}
