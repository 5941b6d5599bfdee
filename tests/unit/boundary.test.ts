import { ESLint } from 'eslint'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The fixture breaks the runtime boundary on each marked line; lint it as if it lived on each side.
const fixture = readFileSync('tests/fixtures/boundary/violations.ts', 'utf8')
const eslint = new ESLint({ cwd: process.cwd() })

async function boundaryErrors(filePath: string) {
  const [result] = await eslint.lintText(fixture, { filePath })
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => ({ line: m.line, rule: m.ruleId, message: m.message }))
}

describe('runtime boundary lint', () => {
  for (const filePath of ['middleware.ts', 'lib/edge/token.ts', 'lib/strategies/forward.ts']) {
    it(`rejects node-only imports in ${filePath}`, async () => {
      const errors = await boundaryErrors(filePath)
      expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 8])
      expect(errors[0].message).toContain("'node:crypto' import is restricted")
      expect(errors[3].message).toContain('lib/node is Node-only')
      expect(errors[5].message).toContain('Buffer is Node-only')
    })
  }

  it('allows the same imports in lib/node', async () => {
    expect(await boundaryErrors('lib/node/store.ts')).toEqual([])
  })
})
