// Finds a Chromium for Playwright (tests, bench, lighthouse). Order: CHROMIUM_PATH, Debian's
// /usr/bin/chromium, Playwright's own download; else try to download it, else one clear error.
import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { chromium } from '@playwright/test'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'
const INSTALL_HINT =
  'No Chromium found: install one (Debian/Ubuntu: `apt-get install chromium`), set CHROMIUM_PATH, or run `npx playwright install chromium`.'

function playwrightsOwn() {
  try {
    const path = chromium.executablePath()
    return existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

/** @returns {string} path to a Chromium executable */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${INSTALL_HINT}`)
    return fromEnv
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM
  const own = playwrightsOwn()
  if (own) return own
  try {
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' })
  } catch {
    throw new Error(INSTALL_HINT)
  }
  const downloaded = playwrightsOwn()
  if (!downloaded) throw new Error(INSTALL_HINT)
  return downloaded
}

/** Chromium refuses to start its sandbox as root (CI containers); these flags make it run there. */
export function chromiumArgs() {
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  const base = ['--disable-gpu', '--disable-dev-shm-usage']
  // Without these, Chromium phones home at start; on a machine with no internet that is only noise.
  const quiet = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  return [...(root ? ['--no-sandbox'] : []), ...base, ...quiet]
}
