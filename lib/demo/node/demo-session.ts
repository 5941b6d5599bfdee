import { cookies } from 'next/headers'
import { cache } from 'react'
import { AuthError } from '@/lib/edge/errors'
import type { SignInReason } from '@/lib/edge/reasons'
import { authEnv } from '@/lib/node/env'
import { readIdpSession } from '@/lib/node/idp/session'
import { readSession } from '@/lib/node/session'
import { issuerOf, type Issuer } from '../edge/issuer'
import { PROVIDER_LOG_COOKIE } from './provider-log'

// The session as the demo's pages see it, whichever way the reader signed in: the recipes' own
// readers (readSession for this app's tokens, readIdpSession for the provider's), side by side.

export interface DemoSession {
  issuer: Issuer
  status: 'active' | 'expired' | 'signed-out'
  reason?: SignInReason
  /** Only while the access token is live. */
  name: string | null
  jti: string | null
  expiresAt: number | null
  /** The access token's lifetime: the client refresher's margin comes from it. */
  lifetimeMs: number
  /** Where its inspector events are kept; null when there is no session to show. */
  logKey: string | null
}

type Cookie = (name: string) => string | undefined

/** Throws AuthError (ERR_STORE_UNAVAILABLE, ERR_PROVIDER_UNAVAILABLE) when it cannot tell. */
export async function readDemoSession(cookie: Cookie): Promise<DemoSession> {
  const issuer = issuerOf((name) => cookie(name) !== undefined)
  if (issuer === 'provider') {
    const view = await readIdpSession(cookie)
    const logKey = view.status === 'signed-out' ? null : (cookie(PROVIDER_LOG_COOKIE) ?? null)
    if (view.status === 'signed-out') return { issuer, status: view.status, reason: view.reason, name: null, jti: null, expiresAt: null, lifetimeMs: 0, logKey }
    const active = view.status === 'active'
    return { issuer, status: view.status, name: active ? view.user.name : null, jti: active ? view.jti : null, expiresAt: view.expiresAt, lifetimeMs: view.lifetimeMs ?? 0, logKey }
  }
  const view = await readSession(cookie)
  const lifetimeMs = authEnv().accessTtl * 1000
  if (view.status === 'signed-out') return { issuer, status: view.status, reason: view.reason, name: null, jti: null, expiresAt: null, lifetimeMs, logKey: null }
  const active = view.status === 'active'
  return { issuer, status: view.status, name: active ? view.family.name : null, jti: active ? view.jti : null, expiresAt: view.expiresAt, lifetimeMs, logKey: view.family.id }
}

export type DemoSessionOrOutage = DemoSession | { issuer: Issuer; status: 'unavailable'; unavailable: 'store' | 'provider' }

/** The session for the server component tree being rendered, read once per request; an outage is a state, not a throw. */
export const currentDemoSession = cache(async (): Promise<DemoSessionOrOutage> => {
  const jar = await cookies()
  const cookie = (name: string) => jar.get(name)?.value
  try {
    return await readDemoSession(cookie)
  } catch (error) {
    // An outage is not a logout: the page says so and keeps the cookies, as the API's 503 does.
    if (!(error instanceof AuthError)) throw error
    const issuer = issuerOf((name) => cookie(name) !== undefined)
    if (error.code === 'ERR_STORE_UNAVAILABLE') return { issuer, status: 'unavailable', unavailable: 'store' }
    if (error.code === 'ERR_PROVIDER_UNAVAILABLE') return { issuer, status: 'unavailable', unavailable: 'provider' }
    throw error
  }
})
