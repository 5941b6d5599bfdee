// `npm run diagrams`: draws every ```mermaid block of the docs as SVG, once per theme, into
// public/diagrams/, and deletes pictures no page uses any more. Readers then get a finished picture
// with the page (no mermaid download, no layout shift, nothing to run); the build refuses a
// diagram whose picture is missing (scripts/remark-diagrams.mjs). Mermaid measures text in a real
// browser, so this runs mermaid's own bundle in Chromium; only new or changed diagrams are drawn.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { chromiumArgs, findChromium } from '../browser.mjs'
import { OUTPUT_DIR, RENDER_SETTINGS, THEMES, accessibleTitle, diagramFile, diagramsInPages } from './source.mjs'

const MERMAID_BUNDLE = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js')

/** Opens a page with mermaid loaded; `draw(source, theme, id)` resolves with the SVG text. */
async function openRenderer() {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() })
  const page = await browser.newPage()
  await page.setContent(`<!doctype html><body style="font-family: ${RENDER_SETTINGS.fontFamily}"></body>`)
  await page.addScriptTag({ path: MERMAID_BUNDLE })
  const draw = (source, theme, id) =>
    page.evaluate(
      async ({ source, theme, id, settings }) => {
        const { themes, ...common } = settings
        // A fixed id seed: the same source always gives the same file.
        window.mermaid.initialize({ startOnLoad: false, deterministicIds: true, deterministicIDSeed: id, ...common, ...themes[theme] })
        const { svg } = await window.mermaid.render(id, source)
        // Mermaid's SVG is HTML (an unclosed <br>): read it as HTML, write it out as XML, which a
        // standalone .svg file must be. As an <img> it needs its own size, not its container's 100%.
        const holder = document.createElement('div')
        holder.innerHTML = svg
        const root = holder.firstElementChild
        const [, , width, height] = root.getAttribute('viewBox').split(/\s+/).map(Number)
        root.setAttribute('width', String(Math.ceil(width)))
        root.setAttribute('height', String(Math.ceil(height)))
        root.style.removeProperty('max-width')
        return new XMLSerializer().serializeToString(root)
      },
      { source, theme, id, settings: RENDER_SETTINGS }
    )
  return { draw, close: () => browser.close() }
}

/**
 * Draws what is missing into public/diagrams/ and removes stale files; with `out`, draws every
 * diagram into that folder instead and touches nothing else (the e2e suite compares the two).
 */
export async function renderDiagrams({ out, log = console.log } = {}) {
  const diagrams = diagramsInPages()
  const untitled = diagrams.filter((d) => !accessibleTitle(d.source))
  if (untitled.length) {
    throw new Error(`These diagrams have no accTitle (it becomes the picture's alt text):\n${untitled.map((d) => `  ${d.file}, diagram ${d.index}`).join('\n')}`)
  }
  const dir = out ?? OUTPUT_DIR
  const fileOf = (key, theme) => diagramFile(key, theme, dir)
  mkdirSync(dir, { recursive: true })
  const missing = out ? diagrams : diagrams.filter((d) => THEMES.some((t) => !existsSync(fileOf(d.key, t))))
  if (missing.length) {
    const renderer = await openRenderer()
    try {
      for (const d of missing) {
        for (const theme of THEMES) {
          const svg = await renderer.draw(d.source, theme, `d${d.key}-${theme}`).catch((error) => {
            throw new Error(`${d.file}, diagram ${d.index}: mermaid could not draw it: ${error.message}`)
          })
          writeFileSync(fileOf(d.key, theme), `${svg}\n`)
        }
        log(`drew ${d.file}, diagram ${d.index} (${d.key})`)
      }
    } finally {
      await renderer.close()
    }
  }
  const wanted = new Set(diagrams.flatMap((d) => THEMES.map((t) => fileOf(d.key, t))))
  const stale = out ? [] : readdirSync(dir).map((f) => `${dir}/${f}`).filter((f) => !wanted.has(f))
  for (const file of stale) rmSync(file)
  log(`${diagrams.length} diagrams: ${missing.length} drawn, ${diagrams.length - missing.length} unchanged, ${stale.length} stale files removed`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out')
  const out = at > 0 ? resolve(process.argv[at + 1]) : undefined
  process.chdir(fileURLToPath(new URL('../..', import.meta.url)))
  await renderDiagrams({ out }).catch((error) => {
    console.error(`✘ ${error.message}`)
    process.exit(1)
  })
}
