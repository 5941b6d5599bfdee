import { existsSync, readFileSync } from 'node:fs'
import { docsRoutes } from './docs-routes'

// Which docs pages embed which sandboxes, read from the MDX so a new page is covered automatically.
export function pagesWithSandboxes() {
  return docsRoutes().map((route) => {
    const file = existsSync(`pages${route}.mdx`) ? `pages${route}.mdx` : `pages${route.replace(/\/$/, '')}/index.mdx`
    const names = [...readFileSync(file, 'utf8').matchAll(/<Sandbox\s+name="([^"]+)"/g)].map((m) => m[1])
    return { route, names }
  })
}

// The JavaScript that only a sandbox needs: the lazy SandboxRoot chunk group from Next's build.
export function sandpackChunks(): string[] {
  const manifest = JSON.parse(readFileSync('.next/react-loadable-manifest.json', 'utf8'))
  const entry = Object.entries(manifest).find(([key]) => key.endsWith('-> ./SandboxRoot'))
  if (!entry) throw new Error('No SandboxRoot chunk in .next/react-loadable-manifest.json: run `next build` first')
  return (entry[1] as { files: string[] }).files
}
