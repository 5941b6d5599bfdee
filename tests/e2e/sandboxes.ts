import { expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { docsRoutes, fileOf } from './docs-routes'

// Which docs pages embed which sandboxes, read from the MDX so a new page is covered automatically.
export function pagesWithSandboxes() {
  return docsRoutes().map((route) => {
    const file = fileOf(route)
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

/**
 * Scrolls each named sandbox into view and waits until it is live: Sandpack's editor in place of
 * the placeholder, and the preview showing its scenario's outcome. Sandpack mounts only near the
 * viewport (components/Sandbox/useNearViewport.ts), so a page checked from the top sees placeholders.
 */
export async function showLiveSandboxes(page: Page, names: string[]) {
  for (const name of names) {
    const sandbox = page.locator(`[data-sandbox="${name}"]`)
    await sandbox.scrollIntoViewIfNeeded()
    await expect(sandbox.locator('.cm-editor')).toBeVisible()
    const preview = sandbox.frameLocator('iframe[title^="Preview:"]')
    await expect(preview.getByRole('status').or(preview.getByRole('alert')).first()).toBeVisible()
  }
}
