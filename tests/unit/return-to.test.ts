import { describe, expect, it } from 'vitest'
import { safeReturnTo } from '@/lib/edge/return-to'

// Open-redirect payloads, each checked the way a browser would follow it: the route sends
// `Location: <safeReturnTo(x) ?? fallback>`, the browser resolves that against our origin, and
// the page it lands on must be ours.
const SITE = 'https://cookie-flow.example'
const FALLBACK = '/demo/dashboard'
const landsOn = (input: string) => new URL(safeReturnTo(input) ?? FALLBACK, SITE)

const payloads = [
  // scheme-relative, plain and after normalising
  '//evil.example',
  '///evil.example',
  '////evil.example/demo',
  '/.//evil.example',
  '/././/evil.example',
  '/a/..//evil.example',
  '/../..//evil.example',
  '/demo/../..//evil.example',
  // percent-encoded dots and slashes
  '/%2e//evil.example',
  '/%2E%2E//evil.example',
  '/.%2e//evil.example',
  '/%2e%2e/%2e%2e//evil.example',
  '/%2f%2fevil.example',
  '/%2F/evil.example',
  '/%5c%5cevil.example',
  '//%65vil.example',
  // backslashes, which the URL parser reads as slashes
  '/\\evil.example',
  '/\\/evil.example',
  '\\\\evil.example',
  '/./\\evil.example',
  '/a/..\\\\evil.example',
  'https:\\\\evil.example',
  // tabs, newlines and other control characters, which browsers strip or choke on
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n//evil.example',
  '\t//evil.example',
  '/%09/evil.example',
  '/\u0000//evil.example',
  '/\u007f//evil.example',
  ' //evil.example',
  // userinfo
  '//user:pass@evil.example',
  '//@evil.example',
  '/\\@evil.example',
  '//evil.example%2F@cookie-flow.example',
  // absolute URLs and other schemes
  'https://evil.example',
  'http:evil.example',
  'http:/evil.example',
  'HTTPS://evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  // look-alike slashes and anything that is not a path
  '／／evil.example',
  '\u2028//evil.example',
  'evil.example',
  '',
  '/' + 'a'.repeat(3000)
]

describe('safeReturnTo', () => {
  it.each(payloads)('%j cannot lead off this site', (input) => {
    const target = landsOn(input)
    expect(target.origin).toBe(SITE)
    const kept = safeReturnTo(input)
    if (kept !== null) {
      expect(kept).toMatch(/^\/(?![/\\])/)
      expect(kept).not.toMatch(/[\u0000-\u001f\u007f]/)
    }
  })

  it.each(['/.//evil.example', '/a/..//evil.example', '/\\/evil.example', '/%2e%2e//evil.example', '/\t/evil.example', '//evil.example'])(
    'refuses %j, which only becomes scheme-relative once normalised',
    (input) => {
      expect(safeReturnTo(input)).toBeNull()
    }
  )

  it.each([
    ['/demo/dashboard', '/demo/dashboard'],
    ['/demo/dashboard?tab=1#x', '/demo/dashboard?tab=1#x'],
    ['/a/../demo', '/demo'],
    ['/demo/%2F%2Fx', '/demo/%2F%2Fx'],
    ['/@evil.example', '/@evil.example']
  ])('keeps the same-origin path %j as %j', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected)
    expect(landsOn(input).origin).toBe(SITE)
  })

  it('refuses nothing at all', () => {
    expect(safeReturnTo(null)).toBeNull()
    expect(safeReturnTo(undefined)).toBeNull()
  })
})
