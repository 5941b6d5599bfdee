// `npm run build` (and `npm run dev`) first packs the starter app: public/starter/cookie-flow-starter.zip.
// It holds every file block of the recipe pages, at the path in its title, with the text the page
// shows (scripts/remark-source.mjs reads the same files), plus a package.json, tsconfig, root
// layout, home page and README of its own (recipes/starter/). The download is the recipes.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readSnippet } from '../remark-source.mjs'
import { zip } from './zip.mjs'

export const STARTER = 'public/starter/cookie-flow-starter.zip'
const SCAFFOLD = 'recipes/starter'
// Files whose real name this repo's git or tsc would act on (.gitignore ignores next-env.d.ts).
const RENAMED = { 'gitignore.txt': '.gitignore', 'next-env.d.ts.txt': 'next-env.d.ts' }

/** The file blocks of one MDX page, in its order: [path the reader puts it at, its text]. */
export function fileBlocks(page) {
  const mdx = readFileSync(page, 'utf8')
  return [...mdx.matchAll(/^```\w*[^\n]*\bsource="([^"]+)"(?:[^\n]*\bas="([^"]+)")?/gm)].map(([, source, as]) => [as ?? source, `${readSnippet(source)}\n`])
}

/** Every file block of the recipe pages: { path the reader puts it at, its text }. */
export function recipeFiles() {
  const pages = readdirSync('pages/recipes').filter((f) => f.endsWith('.mdx')).sort()
  return new Map(pages.flatMap((page) => fileBlocks(join('pages/recipes', page))))
}

function scaffold(dir = SCAFFOLD) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return scaffold(path)
    const at = relative(SCAFFOLD, path)
    return [[RENAMED[at] ?? at, readFileSync(path, 'utf8')]]
  })
}

/** The starter app a reader downloads: { path in the app, its text }. */
export function starterFiles() {
  return new Map([...scaffold(), ...recipeFiles()])
}

export function packStarter() {
  const entries = [...starterFiles()].sort(([a], [b]) => a.localeCompare(b)).map(([path, text]) => ({ path: `cookie-flow-starter/${path}`, text }))
  mkdirSync('public/starter', { recursive: true })
  writeFileSync(STARTER, zip(entries))
  return entries.length
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`packed ${packStarter()} files into ${STARTER}`)
