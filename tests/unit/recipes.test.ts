import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'

// The recipes are the files this site runs (tests/e2e/snippets.spec.ts proves the text). Here:
// they are complete. Every local module a recipe file imports is itself in the recipes, so a
// reader who copies them has no missing piece.

const recipePages = readdirSync('pages/recipes').filter((f) => f.endsWith('.mdx'))
const shown = new Set(
  recipePages.flatMap((f) => [...readFileSync(join('pages/recipes', f), 'utf8').matchAll(/source="([^"]+)"/g)].map((m) => m[1]))
)

function resolveLocal(from: string, spec: string): string | null {
  let base: string
  if (spec.startsWith('@/')) base = spec.slice(2)
  else if (spec.startsWith('.')) base = normalize(join(dirname(from), spec))
  else return null
  const found = ['.ts', '.tsx', '/index.ts', ''].map((ext) => base + ext).find((p) => existsSync(p) && !p.endsWith('/'))
  if (!found) throw new Error(`${from} imports ${spec}, which does not exist`)
  return found
}

describe('the recipes', () => {
  it('show the core files', () => {
    for (const file of ['middleware.ts', 'lib/strategies/forward.ts', 'app/api/auth/refresh/route.ts', 'components/TokenRefresher.tsx', 'lib/node/store/redis.ts']) {
      expect(shown).toContain(file)
    }
  })

  for (const file of [...shown].sort()) {
    it(`${file}: every local import is in the recipes too`, () => {
      const source = readFileSync(file, 'utf8')
      const imports = [...source.matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((m) => m[1])
      const missing = imports.map((spec) => resolveLocal(file, spec)).filter((p): p is string => p !== null && !shown.has(p))
      expect(missing).toEqual([])
    })
  }
})
