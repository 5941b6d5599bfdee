// How sandbox sources reach a page: getStaticProps reads them from sandboxes/ at build time (and on
// each request in `next dev`), so the folder stays the only copy on disk, and the code travels in
// the page's data rather than in its JavaScript. A page with a sandbox exports
//   export const getStaticProps = sandboxProps('broken-flow')
// Next removes getStaticProps and this module from the browser bundle.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PREVIEW_URL } from './preview-url'
import type { SandboxSource } from './types'

const ROOT = join(process.cwd(), 'sandboxes')

// Each sandbox imports the model as ../shared/x.js. In the preview its own files sit at the root,
// and a URL cannot climb above the root, so mounting the model at /shared/ keeps those imports
// valid in the browser, exactly as they are in node.
const SHARED = 'shared'

function read(folder: string): Record<string, string> {
  const dir = join(ROOT, folder)
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name), 'utf8')]))
}

// Tabs: the scenario's own files alphabetically, index.html (boilerplate) last.
function tabOrder(a: string, b: string) {
  return Number(a === '/index.html') - Number(b === '/index.html') || a.localeCompare(b)
}

export function readSandbox(name: string): SandboxSource {
  let own: Record<string, string>
  try {
    own = read(name)
  } catch (error) {
    throw new Error(`Sandbox "${name}": cannot read sandboxes/${name}/ (${(error as Error).message})`)
  }
  if (!own['index.html']) throw new Error(`Sandbox "${name}": sandboxes/${name}/index.html is missing`)
  const files: Record<string, string> = {}
  for (const [file, code] of Object.entries(own)) files[`/${file}`] = code
  for (const [file, code] of Object.entries(read(SHARED))) files[`/${SHARED}/${file}`] = code
  return { files, visible: Object.keys(own).map((file) => `/${file}`).sort(tabOrder) }
}

// The preview host is inlined into the browser code, where a typo would only show as a broken
// sandbox; checked here, it fails the build instead.
function checkPreviewUrl() {
  const protocol = URL.canParse(PREVIEW_URL) ? new URL(PREVIEW_URL).protocol : ''
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new Error(`NEXT_PUBLIC_SANDPACK_PREVIEW_URL is not an http(s) URL: "${PREVIEW_URL}"`)
  }
}

/** getStaticProps for a page that shows the named sandboxes; <Sandbox> finds them with useData. */
export function sandboxProps(...names: string[]) {
  return function getStaticProps() {
    checkPreviewUrl()
    return { props: { sandboxes: Object.fromEntries(names.map((name) => [name, readSandbox(name)])) } }
  }
}
