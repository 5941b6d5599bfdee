import { existsSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

// Every MDX file under pages/ is a docs route; list them from disk so a new page is tested automatically.
export function docsRoutes(dir = 'pages'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return docsRoutes(path)
    if (!entry.name.endsWith('.mdx')) return []
    return [routeOf(path)]
  })
}

/** The route an MDX file under pages/ is served at: pages/fixes/index.mdx → /fixes. */
export function routeOf(file: string): string {
  const route = '/' + relative('pages', file).replace(/\.mdx$/, '').replace(/(^|\/)index$/, '')
  return route.replace(/\/$/, '') || '/'
}

/** The MDX file behind a docs route: /fixes/compare → pages/fixes/compare.mdx, /recipes → pages/recipes/index.mdx. */
export function fileOf(route: string): string {
  const direct = `pages${route === '/' ? '/index' : route}.mdx`
  return existsSync(direct) ? direct : `pages${route}/index.mdx`
}
