import { fileURLToPath } from 'node:url'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'
import nextra from 'nextra'
import { securityHeaders } from './lib/security-headers.mjs'
import { HOSTED_PREVIEW_URL, previewFrameSource } from './scripts/preview-url.mjs'
import remarkDiagrams from './scripts/remark-diagrams.mjs'
import remarkSource from './scripts/remark-source.mjs'

const withNextra = nextra({
  theme: 'nextra-theme-docs',
  themeConfig: './theme.config.tsx',
  // Readers copy code from this site: every block gets a copy button.
  defaultShowCopyCode: true,
  // Index code blocks too, so a pasted error message finds its troubleshooting entry.
  search: { codeblocks: true },
  // Code blocks with source="path" show that file as it is: the snippets are the running code.
  // Diagrams are pictures drawn ahead of time (npm run diagrams), not mermaid run in the browser.
  mdxOptions: {
    remarkPlugins: [remarkSource, remarkDiagrams],
    rehypePrettyCodeOptions: {
      // The default github-light/dark token colours fail WCAG AA contrast (orange 3.5:1 on white);
      // the high-contrast variants pass, and axe checks it (tests/e2e/accessibility.spec.ts).
      theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      // Nextra's default puts a space in each empty line, and its copy button copies it: readers
      // would paste files with trailing spaces. In a <pre> the newline alone keeps the line.
      onVisitLine(node) {
        delete node.properties['data-line']
      }
    }
  }
})

// The sign-in with the identity provider posts a form to this app, which answers with a redirect to
// the provider, and Chromium checks that redirect against form-action too: its origin must be there.
// So IDP_ISSUER is read at build time as well (and `npm run dev` sets it before Next starts).
const providerOrigin = process.env.IDP_ISSUER ? [new URL(process.env.IDP_ISSUER).origin] : []

// The sandboxes' previews are the only frames; "Open in CodeSandbox" posts a form to codesandbox.io.
const security = (phase) =>
  securityHeaders({
    frameSrc: [previewFrameSource(process.env.NEXT_PUBLIC_SANDPACK_PREVIEW_URL || HOSTED_PREVIEW_URL)],
    formAction: ['https://codesandbox.io', ...providerOrigin],
    dev: phase === PHASE_DEVELOPMENT_SERVER
  })

/** @type {(phase: string) => import('next').NextConfig} */
export default (phase) => withNextra({
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: security(phase) },
      // A diagram's file name is a hash of what it shows: a changed diagram is a new file.
      { source: '/diagrams/:file', headers: [{ key: 'cache-control', value: 'public, max-age=31536000, immutable' }] }
    ]
  },
  webpack(config) {
    config.module.rules.push({ test: /\.mdx$/, enforce: 'pre', use: [fileURLToPath(new URL('./scripts/mdx-source-deps.cjs', import.meta.url))] })
    return config
  },
  experimental: {
    // Next 14 runs instrumentation.ts only behind this flag; it checks keys and env at startup.
    instrumentationHook: true,
    // 14.x keeps a dynamic page in the client router cache for 30 s (config-shared.js
    // staleTimes.dynamic): a Link or Back after sign-out would show the signed-in page again
    // without asking the server. 0 asks every time, as 15 and 16 do by default.
    staleTimes: { dynamic: 0 }
  },
  eslint: {
    // `next lint` and `next build` check the whole tree, including the runtime boundary.
    dirs: ['app', 'components', 'lib', 'pages', 'recipes', 'scripts', 'tests', 'middleware.ts']
  }
})
