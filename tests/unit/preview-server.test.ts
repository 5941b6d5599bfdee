import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPreviewServer } from '../../scripts/preview-server.mjs'

// The sandboxes' offline preview host: Sandpack asks for <id>-preview.localhost, any id.
let server: Awaited<ReturnType<typeof startPreviewServer>>
let origin: string

beforeAll(async () => {
  server = await startPreviewServer({ port: 0 })
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((done) => server.close(done)))

const get = (path: string, host = '18c2f0a-preview.localhost') => fetch(origin + path, { headers: { host } })

describe('preview server', () => {
  it('serves the relay page for any sandbox subdomain', async () => {
    for (const host of ['18c2f0a-preview.localhost', 'another-preview.localhost']) {
      const res = await get('/__csb_relay/', host)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await res.text()).toContain('__csb_relay.')
    }
  })

  it('serves the scripts the relay loads, as JavaScript', async () => {
    const relay = await (await get('/__csb_relay/')).text()
    const script = relay.match(/src="([^"]+\.js)"/)![1]
    const res = await get(script)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const worker = (await res.text()).match(/__csb_sw\.[a-z0-9]+\.js/)![0]
    expect((await get(`/${worker}`)).status).toBe(200)
  })

  it('serves nothing outside the shipped preview files', async () => {
    for (const path of ['/package.json', '/../package.json', '/%2e%2e/package.json', '/out/preview/index.html']) {
      expect((await get(path)).status).toBe(404)
    }
    expect((await fetch(`${origin}/`, { method: 'POST' })).status).toBe(405)
  })
})
