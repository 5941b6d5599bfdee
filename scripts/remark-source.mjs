// A remark plugin: a fenced block whose meta names a source file is filled with that file's text
// at build time, and titled with its path. The docs then show the code this site runs, byte for
// byte; tests/e2e/snippets.spec.ts checks the rendered pages against the files.
//
//   ```ts source="lib/strategies/forward.ts"
//   ```
//   ```ts source="lib/node/store/redis.ts" region="rotate"
//   ```
//   ```ts source="recipes/middleware.ts" as="middleware.ts"
//   ```
// A region is the lines between `// #region rotate` and `// #endregion` (markers not shown).
// `as` titles the block with the path the reader puts it at, when that is not where it lives here.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const ROOT = process.cwd()

export function readSnippet(path, region) {
  const text = readFileSync(resolve(ROOT, path), 'utf8').replace(/\n$/, '')
  if (!region) return text
  const lines = text.split('\n')
  const start = lines.findIndex((l) => l.trim() === `// #region ${region}`)
  const end = lines.findIndex((l, i) => i > start && l.trim() === '// #endregion')
  if (start < 0 || end < 0) throw new Error(`${path} has no region "${region}" (// #region ${region} … // #endregion)`)
  const body = lines.slice(start + 1, end)
  const indent = Math.min(...body.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length))
  return body.map((l) => l.slice(indent)).join('\n')
}

function eachCode(node, fn) {
  if (node.type === 'code') fn(node)
  for (const child of node.children ?? []) eachCode(child, fn)
}

const attr = (meta, name) => meta.match(new RegExp(`\\b${name}="([^"]+)"`))?.[1]

export default function remarkSource() {
  return (tree, file) => {
    eachCode(tree, (node) => {
      const path = node.meta && attr(node.meta, 'source')
      if (!path) return
      const region = attr(node.meta, 'region')
      try {
        node.value = readSnippet(path, region)
      } catch (error) {
        throw new Error(`${file.path ?? 'an MDX page'}: cannot show source="${path}": ${error.message}`)
      }
      // Nextra titles a block from filename="…" and gives it a copy button.
      const title = attr(node.meta, 'as') ?? (region ? `${path} (${region})` : path)
      node.meta = `${node.meta.replace(/\b(source|region|as)="[^"]+"/g, '').trim()} filename="${title}"`.trim()
    })
  }
}
