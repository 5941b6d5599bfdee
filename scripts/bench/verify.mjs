// Edge verification cost: the middleware's real checkAccessToken (lib/edge/access-token.ts,
// jose.jwtVerify with pinned algorithm, issuer, audience and required claims) against a bare
// crypto.subtle.verify of the same token's signature, the primitive it cannot avoid. Both run
// here in node on the same WebCrypto as the edge sandbox of `next start`. Rounds alternate the
// order (AB, BA, …) so drift from other load on the machine hits both sides alike.
import { randomUUID } from 'node:crypto'
import { importSPKI } from 'jose'
import { tsImport } from 'tsx/esm/api'
import { iqr, median } from './http.mjs'

const ROUNDS = 30
const OPS_PER_ROUND = 300
const WARMUP_OPS = 2000

const load = (path) => tsImport(new URL(`../../${path}`, import.meta.url).href, import.meta.url)

async function timeOps(op) {
  const started = performance.now()
  for (let i = 0; i < OPS_PER_ROUND; i++) await op()
  return ((performance.now() - started) * 1000) / OPS_PER_ROUND // µs per op
}

export async function benchVerify() {
  const { envLocal } = await load('tests/support/env-local.ts')
  process.env.AUTH_PRIVATE_KEY = envLocal('AUTH_PRIVATE_KEY')
  process.env.AUTH_PUBLIC_KEY = envLocal('AUTH_PUBLIC_KEY')
  process.env.ACCESS_TOKEN_TTL = '3600' // the token must stay valid for the whole run
  const { signAccessToken } = await load('lib/node/sign.ts')
  const { checkAccessToken } = await load('lib/edge/access-token.ts')
  const { JWT_ALG } = await load('lib/edge/jwt-config.ts')

  // A real access token, signed by the route handlers' own signer.
  const { token } = await signAccessToken({ userId: 'demo', name: 'Demo User', sid: randomUUID() })
  const check = await checkAccessToken(token)
  if (check.status !== 'valid') throw new Error(`the bench token did not verify: ${JSON.stringify(check)}`)

  // The bare primitive gets its inputs ready-made: parsing and claim checks are what we measure.
  const key = await importSPKI(process.env.AUTH_PUBLIC_KEY, JWT_ALG)
  const [header, payload, signature] = token.split('.')
  const data = new TextEncoder().encode(`${header}.${payload}`)
  const raw = Buffer.from(signature, 'base64url')
  const algorithm = { name: 'ECDSA', hash: 'SHA-256' }
  const bare = async () => {
    if (!(await crypto.subtle.verify(algorithm, key, raw, data))) throw new Error('bare verify failed')
  }
  const ours = async () => {
    if ((await checkAccessToken(token)).status !== 'valid') throw new Error('checkAccessToken failed')
  }

  for (let i = 0; i < WARMUP_OPS; i++) await Promise.all([bare(), ours()])
  const samples = { ours: [], bare: [], ratio: [] }
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? [bare, ours] : [ours, bare]
    const [first, second] = [await timeOps(order[0]), await timeOps(order[1])]
    const [o, b] = round % 2 ? [second, first] : [first, second]
    samples.ours.push(o)
    samples.bare.push(b)
    samples.ratio.push(o / b)
  }
  const ratio = median(samples.ratio)
  return {
    rounds: ROUNDS,
    opsPerRound: OPS_PER_ROUND,
    oursUs: Number(median(samples.ours).toFixed(1)),
    bareUs: Number(median(samples.bare).toFixed(1)),
    ratio: Number(ratio.toFixed(2)),
    ratioIqr: iqr(samples.ratio),
    goal: '≤ 1.5× the bare primitive',
    met: ratio <= 1.5
  }
}
