// What a diagram is, for the three places that need to agree on it: the renderer
// (`npm run diagrams`), the remark plugin that puts the rendered files on the page, and the tests.
// A diagram's files are named by a hash of its source, the render settings and mermaid's version,
// so a changed diagram (or an upgraded mermaid) can never be shown with a stale picture.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'

export const PAGES_DIR = 'pages'
// Served as static files (next.config.mjs caches them for a year: their names change with them).
export const OUTPUT_DIR = 'public/diagrams'
export const THEMES = ['light', 'dark']

// Resolved from the project root (not import.meta): Playwright loads this module as CommonJS.
const MERMAID_VERSION = createRequire(join(process.cwd(), 'package.json'))('mermaid/package.json').version

// The look Nextra's own client-side mermaid had (default and dark themes), with labels as SVG text
// so the picture needs no HTML renderer inside an <img>, and the page's font stack.
export const RENDER_SETTINGS = {
  fontFamily: 'ui-sans-serif, system-ui, sans-serif',
  // Some shapes are drawn with rough.js, which jitters at random unless seeded: same source, same file.
  handDrawnSeed: 1,
  flowchart: { htmlLabels: false },
  themes: {
    light: { theme: 'default' },
    // Mermaid's dark theme draws edge labels #ccc on #585858 (4.4:1); white passes AA.
    dark: { theme: 'dark', themeCSS: '.edgeLabel text, .edgeLabel tspan { fill: #fff; }' }
  }
}

export function diagramKey(source) {
  const hash = createHash('sha256').update(JSON.stringify([MERMAID_VERSION, RENDER_SETTINGS, source])).digest('hex')
  return hash.slice(0, 16)
}

/** The public URL of a diagram's picture in one theme. */
export const diagramPath = (key, theme) => `/diagrams/${key}-${theme}.svg`

/** Where that picture is on disk: in public/ (what the site serves), or in another folder `dir`. */
export const diagramFile = (key, theme, dir = OUTPUT_DIR) => `${dir}/${key}-${theme}.svg`

/** The diagram's `accTitle:` line: every diagram needs one, it is the picture's alt text. */
export function accessibleTitle(source) {
  return /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(source)?.[1] ?? null
}

/** Every ```mermaid block of every MDX page, with where it is. */
export function diagramsInPages(dir = PAGES_DIR) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return diagramsInPages(path)
    if (!entry.name.endsWith('.mdx')) return []
    const blocks = [...readFileSync(path, 'utf8').matchAll(/^```mermaid[^\n]*\n([\s\S]*?)\n```$/gm)]
    return blocks.map((m, i) => ({ file: relative('.', path), index: i + 1, source: m[1], key: diagramKey(m[1]) }))
  })
}
