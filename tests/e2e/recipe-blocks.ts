import type { Browser } from '@playwright/test'
import idpRecipeMeta from '../../pages/identity-provider/recipe/_meta.js'
import recipesMeta from '../../pages/recipes/_meta.js'

// The recipe pages as a reader sees them: every code block's title and text, read from the
// rendered page (the text is what its copy button copies: tests/e2e/snippets.spec.ts).

export interface Block {
  route: string
  /** The heading (h2) the block is under: "Next 15.5", "Next 16"… */
  section: string
  title: string
  code: string
}

const routesOf = (meta: object, base: string) => Object.keys(meta).map((name) => (name === 'index' ? base : `${base}/${name}`))

/** The recipe pages in the order of the nav: "Start here" first. */
export const RECIPE_ROUTES = routesOf(recipesMeta, '/recipes')
/** The identity provider's recipe pages, likewise. */
export const IDP_RECIPE_ROUTES = routesOf(idpRecipeMeta, '/identity-provider/recipe')

export async function blocksOf(browser: Browser, baseURL: string, route: string): Promise<Block[]> {
  const page = await browser.newPage({ baseURL })
  try {
    await page.goto(route)
    const blocks = await page.locator('pre').evaluateAll((pres) =>
      pres.map((pre) => {
        const headings = [...document.querySelectorAll('article h2')].filter((h) => h.compareDocumentPosition(pre) & Node.DOCUMENT_POSITION_FOLLOWING)
        return {
          // Nextra appends a "#" link to each heading's text.
          section: headings.at(-1)?.textContent?.replace(/#$/, '').trim() ?? '',
          title: pre.previousElementSibling?.textContent?.trim() ?? '',
          code: pre.querySelector('code')?.textContent ?? ''
        }
      })
    )
    return blocks.map((b) => ({ route, ...b }))
  } finally {
    await page.close()
  }
}

/** A block titled with a path: a file the reader creates. (Titled "Terminal": commands to run.) */
export const isFile = (b: Block) => /^[\w.@-]+(\/[\w.@[\]-]+)*\.\w+$/.test(b.title)
