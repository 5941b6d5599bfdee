import { defineConfig } from '@playwright/test'
import { chromiumArgs, findChromium } from './scripts/browser.mjs'
import { e2ePreviewPort } from './scripts/preview-url.mjs'
import { storagePartitioning } from './scripts/storage-partitioning.mjs'

// The suite runs against a production build (`next build` runs first, in scripts/test.mjs).
export const PORT = Number(process.env.E2E_PORT ?? 3100)
// The sandboxes' preview host; scripts/test.mjs builds the site pointing at it.
export const PREVIEW_PORT = e2ePreviewPort()
const partitioning = storagePartitioning()

// Short lifetimes so expiry, grace and reuse happen within seconds, not minutes.
export const E2E_ENV = { ACCESS_TOKEN_TTL: '2', REFRESH_REUSE_GRACE: '3' }

// Checks of what a page shows (read-only, no clocks): `npm test` runs them two at a time. The
// flows (sign-in, expiry, refresh, fixture apps) run one at a time: their timings are seconds.
const PAGE_CHECKS = [
  'accessibility',
  'budgets',
  'demo-shell',
  'diagrams',
  'docs-quality',
  'sandbox',
  'sandbox-bundle',
  'sandbox-exercise',
  'sandbox-ui',
  'smoke',
  'snippets'
].map(
  (name) => `**/${name}.spec.ts`
)

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  projects: [
    { name: 'pages', testMatch: PAGE_CHECKS },
    { name: 'flows', testIgnore: PAGE_CHECKS }
  ],
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? '.reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: findChromium(),
      args: [...chromiumArgs(), ...partitioning.args],
      ignoreDefaultArgs: partitioning.ignoreDefaultArgs
    },
    trace: 'retain-on-failure'
  },
  webServer: [
    {
      command: `npx next start -p ${PORT}`,
      url: `http://localhost:${PORT}/`,
      // Never by default: `npm test` has just built, and a server left running from an older build
      // would serve stale pages. Set E2E_REUSE_SERVER=1 to iterate against your own server.
      reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
      timeout: 60_000,
      env: { ...(process.env as Record<string, string>), ...E2E_ENV },
      stdout: 'pipe',
      stderr: 'pipe'
    },
    {
      command: `node scripts/preview-server.mjs --port ${PREVIEW_PORT}`,
      url: `http://127.0.0.1:${PREVIEW_PORT}/__csb_relay/`,
      reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
      timeout: 10_000
    }
  ]
})
