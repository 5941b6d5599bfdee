import { readdirSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readSandbox, sandboxProps } from '../../components/Sandbox/static-props'

const names = readdirSync('sandboxes', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name)

// Every module specifier and stylesheet link in a file (comments aside), as the browser requests them.
function references(code: string) {
  const live = code.replace(/^\s*\/\/.*$/gm, '')
  const patterns = [/from\s+'([^']+)'/g, /import\('([^']+)'\)/g, /href="([^"]+)"/g]
  return patterns.flatMap((pattern) => [...live.matchAll(pattern)].map((match) => match[1]))
}

describe('sandbox files as Sandpack receives them', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('has the five sandboxes the pages use', () => {
    expect(names.sort()).toEqual(['broken-flow', 'client-refresher', 'cookie-basics', 'forward-fix', 'rotation-race'])
  })

  for (const name of names) {
    it(`${name}: every import resolves inside its own file set, from the preview's root`, () => {
      const { files } = readSandbox(name)
      const all = Object.entries(files).flatMap(([path, code]) => references(code).map((ref) => [path, ref]))
      expect(all).toContainEqual(['/index.html', '../shared/view.js'])
      for (const [path, reference] of all) {
        const resolved = new URL(reference, `https://preview.example${path}`).pathname
        expect(files, `${path} → ${reference}`).toHaveProperty([resolved])
      }
    })
  }

  it('shows the sandbox its own files as tabs, index.html last, and hides the shared model', () => {
    const { files, visible } = readSandbox('broken-flow')
    expect(visible).toEqual(['/main.js', '/middleware.js', '/page.js', '/index.html'])
    expect(files['/shared/next.js']).toContain('export async function fetch')
    expect(visible.some((path) => path.startsWith('/shared/'))).toBe(false)
  })

  it('fails the build with a clear message for a sandbox that does not exist', () => {
    expect(() => sandboxProps('no-such-sandbox')()).toThrow('Sandbox "no-such-sandbox": cannot read sandboxes/no-such-sandbox/')
  })

  it('fails the build when the preview URL is not a URL, instead of shipping broken sandboxes', async () => {
    vi.stubEnv('NEXT_PUBLIC_SANDPACK_PREVIEW_URL', 'preview.localhost:3001')
    vi.resetModules()
    const fresh = await import('../../components/Sandbox/static-props')
    expect(() => fresh.sandboxProps('broken-flow')()).toThrow('NEXT_PUBLIC_SANDPACK_PREVIEW_URL is not an http(s) URL: "preview.localhost:3001"')
  })
})
