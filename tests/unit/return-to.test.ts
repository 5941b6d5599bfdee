import { describe, expect, it } from 'vitest'
import { safeReturnTo } from '@/lib/edge/return-to'

describe('safeReturnTo', () => {
  it.each([
    ['/demo/dashboard', '/demo/dashboard'],
    ['/demo/dashboard?tab=1#x', '/demo/dashboard?tab=1#x'],
    ['/a/../demo', '/demo']
  ])('keeps the same-origin path %s', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected)
  })

  it.each([
    '//evil.example',
    '//evil.example/demo',
    'https://evil.example',
    'http:/evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/\t/evil.example',
    ' /demo',
    'demo/dashboard',
    '',
    '/' + 'a'.repeat(3000)
  ])('refuses %j', (input) => {
    expect(safeReturnTo(input)).toBeNull()
  })

  it('refuses nothing at all', () => {
    expect(safeReturnTo(null)).toBeNull()
    expect(safeReturnTo(undefined)).toBeNull()
  })
})
