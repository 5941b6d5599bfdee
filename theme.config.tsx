import type { DocsThemeConfig } from 'nextra-theme-docs'
import { useConfig } from 'nextra-theme-docs'
import { REPO_URL, SITE_NAME, SITE_TAGLINE } from './lib/site'

function Head() {
  const { title, frontMatter } = useConfig()
  const pageTitle = title && title !== 'Introduction' ? `${title} – ${SITE_NAME}` : `${SITE_NAME} – ${SITE_TAGLINE}`
  const description: string = frontMatter.description ?? SITE_TAGLINE
  return (
    <>
      <title>{pageTitle}</title>
      <meta name="description" content={description} />
      <meta property="og:title" content={pageTitle} />
      <meta property="og:description" content={description} />
      <meta property="og:type" content="article" />
      <meta name="twitter:card" content="summary" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    </>
  )
}

const config: DocsThemeConfig = {
  logo: (
    <span style={{ fontWeight: 800 }}>
      <span aria-hidden="true">🍪 </span>
      {SITE_NAME}
    </span>
  ),
  project: { link: REPO_URL },
  docsRepositoryBase: `${REPO_URL}/blob/main`,
  editLink: { content: 'Edit this page on GitHub →' },
  feedback: { content: 'Question or correction? Give us feedback →', labels: 'feedback' },
  head: Head,
  darkMode: true,
  // A darker primary in light mode: links at the default 45% lightness fall below 4.5:1 on
  // callouts and code chips (axe, tests/e2e/accessibility.spec.ts).
  color: { hue: { dark: 204, light: 212 }, saturation: 100, lightness: { dark: 60, light: 36 } },
  search: { placeholder: 'Search the guide or paste an error…' },
  footer: {
    content: (
      <span>
        {SITE_NAME} — a Next.js 14.2.35 site that runs the auth flow it documents.{' '}
        <a href={REPO_URL} style={{ textDecoration: 'underline' }}>
          Source
        </a>
      </span>
    )
  }
}

export default config
