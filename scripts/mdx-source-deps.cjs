// A webpack pre-loader for the MDX pages. A page that shows a file (```ts source="lib/x.ts"```,
// filled in by scripts/remark-source.mjs) depends on that file: without this, webpack's cache and
// `next dev` keep showing the old text after the file changes, because the page itself did not.
const { resolve } = require('node:path')

module.exports = function mdxSourceDependencies(source) {
  for (const [, path] of source.matchAll(/\bsource="([^"]+)"/g)) this.addDependency(resolve(this.rootContext, path))
  return source
}
