import nextra from 'nextra'

const withNextra = nextra({
  theme: 'nextra-theme-docs',
  themeConfig: './theme.config.tsx',
  // Readers copy code from this site: every block gets a copy button.
  defaultShowCopyCode: true,
  // Index code blocks too, so a pasted error message finds its troubleshooting entry.
  search: { codeblocks: true }
})

/** @type {import('next').NextConfig} */
export default withNextra({
  reactStrictMode: true,
  poweredByHeader: false,
  // Next 14 runs instrumentation.ts only behind this flag; it checks keys and env at startup.
  experimental: { instrumentationHook: true },
  eslint: {
    // `next lint` and `next build` check the whole tree, including the runtime boundary.
    dirs: ['app', 'components', 'lib', 'pages', 'scripts', 'tests', 'middleware.ts']
  }
})
