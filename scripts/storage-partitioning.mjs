// Every shipping browser partitions third-party storage, so a cross-site iframe (Sandpack's
// preview on its own subdomain) may register a service worker even where third-party cookies are
// blocked, as they are in Playwright's incognito-like contexts. Playwright starts Chromium with
// partitioning switched off (microsoft/playwright#32230); without it the preview's relay fails with
// "The user denied permission to use Service Worker". These launch options restore Chromium's default.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const FEATURE = 'ThirdPartyStoragePartitioning'

/** @returns {{ args: string[], ignoreDefaultArgs: string[] }} */
export function storagePartitioning() {
  // Resolved from the working directory: Playwright's config loader cannot compile import.meta.
  const require = createRequire(join(process.cwd(), 'package.json'))
  const root = dirname(require.resolve('playwright-core/package.json'))
  const { chromiumSwitches } = require(join(root, 'lib', 'server', 'chromium', 'chromiumSwitches.js'))
  const disabled = chromiumSwitches().find((arg) => arg.startsWith('--disable-features='))
  if (!disabled?.includes(FEATURE)) return { args: [], ignoreDefaultArgs: [] }
  const features = disabled.slice('--disable-features='.length).split(',')
  // Chromium honours only the last --disable-features, so the replacement must keep the others.
  return {
    args: [`--disable-features=${features.filter((f) => f !== FEATURE).join(',')}`],
    ignoreDefaultArgs: [disabled]
  }
}
