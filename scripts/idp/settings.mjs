// @ts-check
// The identity provider's settings, read from the environment and checked before anything listens:
// a typo stops it with the variable's name, not a provider that answers with the wrong client.

/**
 * @typedef {object} IdpSettings
 * @property {number} port where it listens, on 127.0.0.1 only
 * @property {string} issuer http://127.0.0.1:<port>: the `iss` of every token it signs
 * @property {string} clientSecret the app's client_secret (client_secret_basic)
 * @property {string[]} redirectUris where it may send the app's authorization codes
 * @property {string[]} postLogoutRedirectUris where it may send the browser after signing out
 * @property {number} accessTtl access token lifetime, seconds
 * @property {number} refreshTtl refresh token lifetime, seconds; each rotation issues one with a fresh lifetime
 * @property {string | undefined} adminToken enables /__admin/* for whoever sends it; unset, they do not exist
 */

// A sign-in lasts at most this long, however often it refreshes (the provider's Grant and Session
// lifetimes, see configuration.mjs): a refresh token may not outlive the grant it belongs to.
export const MAX_SIGN_IN_SECONDS = 14 * 24 * 60 * 60

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @param {number} fallback
 * @param {number} max
 */
function wholeNumber(env, name, fallback, max) {
  const raw = env[name]
  if (!raw) return fallback
  const value = Number(raw)
  if (Number.isInteger(value) && value >= 1 && value <= max) return value
  throw new Error(`${name} must be a whole number from 1 to ${max}, got "${raw}".`)
}

/**
 * A comma-separated list of absolute http(s) URLs, compared by the provider exactly as written.
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @param {string} fallback
 */
function urlList(env, name, fallback) {
  const list = (env[name] || fallback).split(',').map((value) => value.trim()).filter(Boolean)
  for (const value of list) {
    if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
      throw new Error(`${name} must list absolute http(s) URLs separated by commas, got "${value}".`)
    }
  }
  return list
}

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {IdpSettings}
 */
export function idpSettings(env = process.env) {
  const port = wholeNumber(env, 'IDP_PORT', 3002, 65_535)
  const accessTtl = wholeNumber(env, 'IDP_ACCESS_TTL', 30, 86_400)
  const refreshTtl = wholeNumber(env, 'IDP_REFRESH_TTL', 86_400, MAX_SIGN_IN_SECONDS)
  if (refreshTtl <= accessTtl) {
    throw new Error(`IDP_REFRESH_TTL (${refreshTtl}) must be longer than IDP_ACCESS_TTL (${accessTtl}).`)
  }
  const adminToken = env.IDP_ADMIN_TOKEN || undefined
  // The admin routes swap the signing keys and fake outages: a guessable token would hand that to
  // anything that can reach the port.
  if (adminToken !== undefined && adminToken.length < 16) {
    throw new Error('IDP_ADMIN_TOKEN must be at least 16 characters (or unset, which disables /__admin/*).')
  }
  return {
    port,
    issuer: `http://127.0.0.1:${port}`,
    clientSecret: env.IDP_CLIENT_SECRET || 'cookie-flow-dev-secret',
    redirectUris: urlList(env, 'IDP_REDIRECT_URIS', 'http://localhost:3000/api/auth/idp/callback'),
    postLogoutRedirectUris: urlList(env, 'IDP_POST_LOGOUT_REDIRECT_URIS', 'http://localhost:3000/demo'),
    accessTtl,
    refreshTtl,
    adminToken
  }
}
