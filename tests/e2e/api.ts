import { expect, type APIRequestContext, type APIResponse } from '@playwright/test'
import { ACCESS, FLOW, REFRESH } from './demo'

export type Jar = Record<string, string>

/** Cookies from a response's Set-Cookie headers, as a fresh client would keep them. */
export function setCookies(res: APIResponse): Jar {
  const jar: Jar = {}
  for (const { name, value } of res.headersArray()) {
    if (name.toLowerCase() !== 'set-cookie') continue
    const [pair] = value.split(';')
    const at = pair.indexOf('=')
    jar[pair.slice(0, at)] = pair.slice(at + 1)
  }
  return jar
}

export const cookieHeader = (jar: Jar) =>
  Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ')

export async function apiSignIn(request: APIRequestContext, flow = 'forward', baseURL = '') {
  const res = await request.post(`${baseURL}/api/auth/login`, { data: { username: 'demo', password: 'demo', flow } })
  expect(res.status()).toBe(200)
  const jar = setCookies(res)
  expect(Object.keys(jar).sort()).toEqual([ACCESS, FLOW, REFRESH].sort())
  return jar
}

/** A JSON error must say what went wrong, and nothing more: no stack, no token. */
export async function expectCleanError(res: APIResponse, status: number, error: string) {
  expect(res.status()).toBe(status)
  const body = await res.json()
  expect(Object.keys(body).sort()).toEqual(['error', 'message'])
  expect(body.error).toBe(error)
  expect(body.message.length).toBeGreaterThan(10)
  expect(JSON.stringify(body)).not.toMatch(/\bat \w|eyJ|node_modules/)
  return body
}
