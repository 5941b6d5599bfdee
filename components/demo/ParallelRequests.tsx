'use client'

import { useState } from 'react'
import { LOGIN_PATH } from '@/lib/edge/protocol'

// Twenty requests at once with the same cookies, as a page with many parallel fetches makes after
// its access token expired: each goes through the middleware, so each may try to refresh.
const COUNT = 20
// Inside the middleware's matcher; it answers with the access token it saw.
const TARGET = '/demo/dashboard/readers'

type Answer = { kind: 'seen'; jti: string | null; refreshFp: string | null } | { kind: 'signed-out'; reason: string } | { kind: 'error'; status: number }

async function ask(): Promise<Answer> {
  try {
    const res = await fetch(TARGET, { cache: 'no-store' })
    const url = new URL(res.url)
    if (res.redirected && url.pathname === LOGIN_PATH) return { kind: 'signed-out', reason: url.searchParams.get('reason') ?? 'unknown' }
    if (!res.ok) return { kind: 'error', status: res.status }
    const body = (await res.json()) as { requestCookies: string | null; refreshFp: string | null }
    return { kind: 'seen', jti: body.requestCookies, refreshFp: body.refreshFp }
  } catch {
    return { kind: 'error', status: 0 }
  }
}

function summary(answers: Answer[]): string {
  const seen = answers.filter((a): a is Extract<Answer, { kind: 'seen' }> => a.kind === 'seen')
  const refreshTokens = new Set(seen.map((a) => a.refreshFp)).size
  const accessTokens = new Set(seen.map((a) => a.jti)).size
  const count = (n: number, what: string) => `${n === 1 ? 'one' : n} ${what}${n === 1 ? '' : 's'}`
  const out = answers.filter((a): a is Extract<Answer, { kind: 'signed-out' }> => a.kind === 'signed-out')
  const errors = answers.filter((a) => a.kind === 'error')
  const parts = [`${seen.length} of ${COUNT} were answered signed in, with ${count(refreshTokens, 'refresh token')} and ${count(accessTokens, 'access token')} among them`]
  if (out.length) parts.push(`${out.length} were sent to sign in (${[...new Set(out.map((a) => a.reason))].join(', ')})`)
  if (errors.length) parts.push(`${errors.length} failed (${[...new Set(errors.map((a) => a.status || 'network error'))].join(', ')})`)
  return `${parts.join('; ')}.`
}

/** A button that sends the parallel requests and says how they were answered. */
export function ParallelRequests() {
  const [result, setResult] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const send = async () => {
    setPending(true)
    setResult(null)
    try {
      setResult(summary(await Promise.all(Array.from({ length: COUNT }, ask))))
    } finally {
      setPending(false)
    }
  }
  return (
    <section className="card" aria-labelledby="parallel-title">
      <h2 id="parallel-title">Parallel requests</h2>
      <p>
        Let your access token expire, then send {COUNT} requests at once, as a page with many parallel fetches does.
        Each one passes the middleware with the same expired token. (Over HTTP/1.1 a browser opens at most six
        connections to one server, so six go first and the rest follow as they finish.)
      </p>
      <p>
        <button type="button" className="button secondary" onClick={send} disabled={pending}>
          {pending ? 'Sending…' : `Send ${COUNT} requests at once`}
        </button>{' '}
        <span role="status" data-testid="parallel-result">
          {result}
        </span>
      </p>
    </section>
  )
}
