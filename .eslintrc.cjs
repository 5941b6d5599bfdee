// The runtime boundary is the lesson of this project, so lint enforces it: code that may run in the
// edge runtime (middleware and everything it imports) must not reach Node-only code.
const { builtinModules } = require('node:module')

const EDGE_FILES = ['middleware.ts', 'lib/edge/**', 'lib/strategies/**', 'lib/demo/edge/**']
const NODE_ONLY_PACKAGES = ['redis', 'jsonwebtoken', 'bcrypt', 'bcryptjs', 'ioredis', 'pg']
const WHY = 'runs in the edge runtime (Next 14 middleware); Node-only code belongs in lib/node/ and route handlers.'

module.exports = {
  root: true,
  extends: ['next/core-web-vitals'],
  ignorePatterns: ['tests/fixtures/**', 'sandboxes/**'],
  overrides: [
    // Nextra's _meta files are plain default-exported objects by convention.
    { files: ['pages/**/_meta.js'], rules: { 'import/no-anonymous-default-export': 'off' } },
    {
      files: EDGE_FILES,
      // The Next 15.5 and 16 recipes: their middleware (and proxy) run on Node.
      excludedFiles: ['recipes/next15/**', 'recipes/next16/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: [...builtinModules, ...NODE_ONLY_PACKAGES].map((name) => ({
              name,
              message: `'${name}' is Node-only: this file ${WHY}`
            })),
            patterns: [
              { group: ['node:*'], message: `node: modules are Node-only: this file ${WHY}` },
              {
                group: ['**/lib/node', '**/lib/node/**', '@/lib/node', '@/lib/node/**', '../node', '../node/**'],
                message: `lib/node is Node-only: this file ${WHY}`
              }
            ]
          }
        ],
        'no-restricted-globals': [
          'error',
          { name: 'Buffer', message: `Buffer is Node-only: this file ${WHY} Use Uint8Array / TextEncoder.` },
          { name: '__dirname', message: `__dirname is Node-only: this file ${WHY}` },
          { name: 'require', message: `require is Node-only: this file ${WHY}` }
        ]
      }
    }
  ]
}
