import { describe, expect, it } from 'vitest'
import { run as brokenFlow } from '../../sandboxes/broken-flow/main.js'
import { run as clientRefresher } from '../../sandboxes/client-refresher/main.js'
import { run as cookieBasics } from '../../sandboxes/cookie-basics/main.js'
import { run as forwardFix } from '../../sandboxes/forward-fix/main.js'
import { run as rotationRace } from '../../sandboxes/rotation-race/main.js'
import { browser } from '../../sandboxes/shared/browser.js'

// Each sandbox runs here in node exactly as it runs in the preview. These pin what the pages
// promise the reader will see.
type Hop = { from?: string; to?: string; title?: string; headers: [string, string][] }
const setCookies = (hop: Hop) => hop.headers.filter(([name]) => name === 'set-cookie')

describe('sandboxes', () => {
  it('cookie-basics: whoever receives the response gets its cookies', async () => {
    const [browserAsks, middlewareAsks] = await cookieBasics()
    expect(browserAsks.verdict.ok).toBe(true)
    expect(middlewareAsks.verdict.ok).toBe(false)
    const toMiddleware = middlewareAsks.hops.find((hop: Hop) => hop.to === 'Edge middleware' && hop.from === 'Node route')
    expect(setCookies(toMiddleware)).toHaveLength(2)
    expect(browser.jar.list()).toEqual([])
  })

  it('broken-flow: the browser keeps the old refresh token while the server rotates it', async () => {
    const [section] = await brokenFlow()
    expect(section.verdict).toEqual({
      ok: false,
      text: 'Cookie lost: the browser holds refresh=r1; the server expects r2.'
    })
    const toBrowser = section.hops.filter((hop: Hop) => hop.to === 'Browser' && hop.from === 'Page')
    expect(toBrowser.flatMap(setCookies)).toEqual([])
    // The reader's next click presents the rotated token after the grace window: signed out.
    expect(browser.jar.get('refresh')).toBe('r1')
    expect(section.hops.at(-1).body).toContain('Signed out')
  })

  it('forward-fix: the browser gets the new tokens, and the page sees them in the same request', async () => {
    const [section] = await forwardFix()
    expect(section.verdict.ok).toBe(true)
    expect(section.verdict.text).toContain('refresh=r2')
    expect(section.verdict.text).toContain('The page saw access=a2.exp61')
    expect(browser.jar.get('refresh')).toBe('r2')
    expect(section.hops.at(-1).body).toContain('Dashboard, rendered with a2.exp61')
  })

  it('client-refresher: refreshes before expiry, in single flight, and on wake', async () => {
    const sections = await clientRefresher()
    expect(sections.map((s: { verdict: { text: string } }) => s.verdict.text)).toEqual([
      '2 refreshes in 60 s; then /api/data got 200.',
      '2 callers asked; 1 refresh request(s) went out.',
      'On wake: 1 refresh, then /api/data got 200.'
    ])
    expect(sections.every((s: { verdict: { ok: boolean } }) => s.verdict.ok)).toBe(true)
  })

  it('rotation-race: without a grace window the race signs the user out; with one, it does not', async () => {
    const [noGrace, grace] = await rotationRace()
    expect(noGrace.title).toBe('Grace window: 0 s')
    expect(noGrace.verdict.ok).toBe(false)
    expect(grace.title).toBe('Grace window: 10 s')
    expect(grace.verdict).toEqual({ ok: true, text: 'Still signed in: both tabs hold refresh=r2.' })
    // The late tab gets the same successor again, not a token of its own.
    const toTabB = grace.hops.find((hop: Hop) => hop.to === 'Tab B')
    expect(setCookies(toTabB).map(([, line]) => line.split(';')[0])).toEqual(['access=a3.exp61', 'refresh=r2'])
  })
})
