import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The README's Deploy section shows the nginx config that tests/e2e/proxy.spec.ts runs: the same text.
describe('README', () => {
  it('shows deploy/nginx.conf exactly as the proxy test runs it', () => {
    const readme = readFileSync('README.md', 'utf8')
    const block = /```nginx\n(# nginx in front of `next start`[\s\S]*?)```/.exec(readme)?.[1]
    expect(block).toBe(readFileSync('deploy/nginx.conf', 'utf8'))
  })
})
