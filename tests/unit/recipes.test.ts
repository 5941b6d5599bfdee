import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'

// The recipes are files this site has (tests/e2e/snippets.spec.ts proves the text, and
// tests/e2e/fresh-app.spec.ts builds an app from them). Here: they are complete (every local
// module a recipe file imports is itself in the recipes) and they are the auth core only (none
// imports the demo: its inspector, strategy cookie, pages or probes).

// The recipes' app, and what the identity provider's recipe changes in it.
const mdxIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => join(dir, f))
const recipePages = [...mdxIn('pages/recipes'), ...mdxIn('pages/identity-provider/recipe')]
// Each block: the file it shows here, and the path the reader puts it at (`as`, else the same).
const blocks = recipePages.flatMap((page) =>
  [...readFileSync(page, 'utf8').matchAll(/source="([^"]+)"(?: as="([^"]+)")?/g)].map(([, source, as]) => ({ source, at: as ?? source }))
)
const shown = new Set(blocks.map((b) => b.source))
const sourceAt = new Map(blocks.map((b) => [b.at, b.source]))
const placedAt = new Map(blocks.map((b) => [b.source, b.at]))

/** The file here that `spec`, imported by `from` in the reader's app, is: resolved where the reader has it. */
function resolveLocal(from: string, spec: string): string | null {
  let base: string
  if (spec.startsWith('@/')) base = spec.slice(2)
  else if (spec.startsWith('.')) base = normalize(join(dirname(placedAt.get(from) ?? from), spec))
  else return null
  const candidates = ['.ts', '.tsx', '/index.ts', ''].map((ext) => base + ext)
  const found = candidates.map((p) => sourceAt.get(p) ?? p).find((p) => existsSync(p) && !p.endsWith('/'))
  if (!found) throw new Error(`${from} imports ${spec}, which does not exist`)
  return found
}

const localImports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((m) => resolveLocal(file, m[1])).filter((p): p is string => p !== null)

// The demo's own code: what a reader's app must not need.
const DEMO = /^(lib\/demo\/|components\/demo\/|app\/|lib\/strategies\/(broken|provider-direct)\.ts$|middleware\.ts$|instrumentation\.ts$)/

describe('the recipes', () => {
  it('show the core files, and an app of the reader\'s own around them', () => {
    for (const file of ['recipes/middleware.ts', 'lib/edge/auth-gate.ts', 'lib/strategies/forward.ts', 'lib/node/routes/refresh.ts', 'components/TokenRefresher.tsx', 'lib/node/store/redis.ts', 'recipes/app/demo/dashboard/page.tsx']) {
      expect(shown).toContain(file)
    }
  })

  for (const file of [...shown].sort()) {
    it(`${file}: every local import is in the recipes too, and none is the demo`, () => {
      expect(DEMO.test(file)).toBe(false)
      const imports = localImports(file)
      expect(imports.filter((p) => !shown.has(p))).toEqual([])
      expect(imports.filter((p) => DEMO.test(p))).toEqual([])
    })
  }
})
