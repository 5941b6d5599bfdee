import { createServer } from 'node:http'
import { freePort } from '../../scripts/servers.mjs'

export interface RefreshEndpoint {
  url: string
  calls(): number
  stop(): Promise<void>
}

/**
 * Somebody else's refresh endpoint (an API, an identity provider's BFF): answers a POST with the
 * refresh cookie. `r1` gets new cookies whose values are legal but not base64url; `revoked` a 401;
 * `down` a 500.
 */
export async function startRefreshEndpoint(): Promise<RefreshEndpoint> {
  let calls = 0
  const server = createServer((req, res) => {
    calls++
    const token = /(?:^|;\s*)refresh_token=([^;]*)/.exec(req.headers.cookie ?? '')?.[1]
    if (token === 'down') return res.writeHead(500).end()
    if (token !== 'r1') return res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"invalid_grant"}')
    res.setHeader('set-cookie', ['access_token=a+b/c==x%25y; Path=/; HttpOnly; SameSite=Lax; Max-Age=60', 'refresh_token=r2%2Bz; Path=/; HttpOnly; SameSite=Lax; Max-Age=600'])
    res.end('{"ok":true}')
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${port}/refresh`, calls: () => calls, stop: () => new Promise((resolve) => server.close(() => resolve())) }
}
