import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FLOWS_FOR } from '../../lib/demo/edge/flows'
import { SCENARIOS, scenarioNamed } from '../../lib/demo/edge/scenarios'

// The guide's "See it live" links open the dashboard on a named case (lib/demo/edge/scenarios.ts):
// each link must name a case the dashboard knows, and each case must be linked from its page.

function mdxFiles(dir = 'pages'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []))
}

const links = mdxFiles().flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/\]\((\/demo\/dashboard\?scenario=([^)#\s]+))\)/g)].map((m) => ({ file, id: m[2] }))
)

describe('the guide’s links into the demo', () => {
  it('are there', () => expect(links.length).toBeGreaterThanOrEqual(Object.keys(SCENARIOS).length))

  it.each(links)('$file links to scenario "$id", which the dashboard knows', ({ id }) => {
    expect(scenarioNamed(id)).not.toBeNull()
  })

  it.each(Object.entries(SCENARIOS))('%s is linked from its guide page and runs with a strategy its sign-in offers', (id, scenario) => {
    const page = scenario.guide.slice(1)
    const file = mdxFiles().find((f) => f === `pages/${page}.mdx` || f === `pages/${page}/index.mdx`)
    expect(file, scenario.guide).toBeDefined()
    expect(links.filter((l) => l.file === file).map((l) => l.id)).toContain(id)
    expect(FLOWS_FOR[scenario.issuer].map((f) => f.name)).toContain(scenario.flow)
  })

  it('a scenario name from the URL is looked up, never trusted', () => {
    for (const bad of ['__proto__', 'constructor', 'toString', '', undefined, ['forward']]) expect(scenarioNamed(bad)).toBeNull()
  })
})
