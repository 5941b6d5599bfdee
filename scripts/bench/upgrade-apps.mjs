// The two apps the upgrade bench compares, made as a reader makes them, not from this site's demo:
// the starter app (recipes/starter plus every recipe block) on Next 14.2.35, and the same files
// after the After Next 14 steps on Next 16. Both live in the system's temp folder and are built
// afresh each run. The 16 app's npm install is the slow part and needs the registry, so its folder
// is named by a hash of its package.json and a later run with the same one reuses node_modules.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { ensureEnvLocal } from '../keys.mjs'
import { buildApp } from '../servers.mjs'
import { fileBlocks, starterFiles } from '../starter/pack.mjs'

const ROOT = join(tmpdir(), 'cookie-flow-bench-upgrade')
// The After Next 14 steps, in the order the 16 page says to follow them.
const STEPS = ['pages/after-next-14/next-15-5.mdx', 'pages/after-next-14/next-16.mdx']
// What those steps install, [field of package.json, package, release line]: each at the newest
// release of its line, pinned, so the package.json (and the cache's key) says which.
const UPGRADE = [
  ['dependencies', 'next', '16'],
  ['dependencies', 'react', '19'],
  ['dependencies', 'react-dom', '19'],
  ['devDependencies', '@types/react', '19'],
  ['devDependencies', '@types/react-dom', '19']
]
const WANTED = UPGRADE.map(([, name, line]) => `${name}@${line}`).join(' ')
// Written once npm install has finished: a folder without it is a broken install, not a cache.
const INSTALLED = join('node_modules', '.cookie-flow-bench-installed')
// Kept when the app's files are written again: what npm made for this package.json.
const KEPT = new Set(['node_modules', 'package-lock.json'])
const OFFLINE = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH/
const run = promisify(execFile)

/** The `rm` lines of a page's Terminal blocks: files its step deletes (16's `rm middleware.ts`). */
const removedBy = (page) => [...readFileSync(page, 'utf8').matchAll(/^rm (\S+)$/gm)].map(([, path]) => path)

/** Rewrites `dir` to hold `files` and nothing else but what npm made: a file the recipes dropped must not build. */
function writeApp(dir, files) {
  mkdirSync(dir, { recursive: true })
  for (const name of readdirSync(dir)) if (!KEPT.has(name)) rmSync(join(dir, name), { recursive: true, force: true })
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

async function npm(args, cwd = process.cwd()) {
  try {
    return (await run('npm', args, { cwd, maxBuffer: 64 * 2 ** 20, env: { ...process.env, CI: '1' } })).stdout
  } catch (error) {
    const said = `${error.stdout ?? ''}${error.stderr ?? ''}`
    // One line for the phase's error: what a reader must get onto this machine.
    if (OFFLINE.test(said)) throw new Error(`The npm registry could not be reached: the Next 16 app needs npm install ${WANTED}\n${said}`)
    throw new Error(`npm ${args.join(' ')} failed in ${cwd} (exit ${error.code}).\n${said}`)
  }
}

// `npm view` lists every version in the range in publish order: a backport comes after newer ones.
const newer = (a, b) => a.split('.').map(Number).reduce((order, n, i) => order || n - Number(b.split('.')[i]), 0)

async function newest(name, line) {
  const versions = [].concat(JSON.parse(await npm(['view', `${name}@${line}`, 'version', '--json'])))
  return versions.sort(newer).at(-1)
}

/** The 16 app's package.json: the starter's, with the upgraded packages at exact versions. */
async function upgradedPackageJson(starter) {
  const pkg = JSON.parse(starter)
  const versions = await Promise.all(UPGRADE.map(([, name, line]) => newest(name, line)))
  UPGRADE.forEach(([field, name], i) => (pkg[field][name] = versions[i]))
  return `${JSON.stringify(pkg, null, 2)}\n`
}

/** Writes the 16 app; installs its packages unless a folder for the same package.json has them. */
async function next16App(files) {
  for (const page of STEPS) {
    for (const [path, text] of fileBlocks(page)) files.set(path, text)
    for (const path of removedBy(page)) files.delete(path)
  }
  const pkg = await upgradedPackageJson(files.get('package.json'))
  files.set('package.json', pkg)
  const dir = join(ROOT, `next16-${createHash('sha256').update(pkg).digest('hex').slice(0, 12)}`)
  const reused = existsSync(join(dir, INSTALLED))
  writeApp(dir, files)
  if (reused) {
    console.error(`  Next 16 app: reusing the npm install in ${dir}`)
  } else {
    // Another package.json's install is of no more use: each is hundreds of MB.
    for (const name of existsSync(ROOT) ? readdirSync(ROOT) : []) {
      if (name.startsWith('next16-') && name !== basename(dir)) rmSync(join(ROOT, name), { recursive: true, force: true })
    }
    console.error(`  Next 16 app: npm install in ${dir} (${WANTED})`)
    await npm(['install', '--no-audit', '--no-fund', '--loglevel=error'], dir)
    writeFileSync(join(dir, INSTALLED), pkg)
  }
  return { dir, reused }
}

/** The 14.2.35 app: the starter as downloaded, on this repo's packages (the same next, react, jose, redis). */
function next14App(files) {
  const dir = join(ROOT, 'next14')
  writeApp(dir, files)
  // Made anew: the link a run left may point at another checkout of this repo.
  rmSync(join(dir, 'node_modules'), { force: true })
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'))
  return { dir }
}

async function build(name, dir) {
  console.error(`  ${name}: next build in ${dir}…`)
  const started = Date.now()
  // Generous: two builds on a busy 2-core machine take minutes.
  const { code, output } = await buildApp(dir, 600_000)
  if (code !== 0) throw new Error(`next build of the ${name} app failed (exit ${code}).\n${output}`)
  console.error(`  ${name}: built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

const nextVersion = (dir) => createRequire(join(dir, 'package.json'))('next/package.json').version

/** Both apps written, installed, keyed and built: { next14, next16 }, each { dir, version }. */
export async function upgradeApps() {
  // The registry first: without it there is no 16 app, and no point building the 14 one.
  const next16 = await next16App(starterFiles())
  const next14 = next14App(starterFiles())
  const apps = { next14, next16 }
  for (const app of Object.values(apps)) {
    // What the reader's `npm run keys` does: a fresh signing key pair in the app's .env.local.
    await ensureEnvLocal(join(app.dir, '.env.local'))
    app.version = nextVersion(app.dir)
    await build(`Next ${app.version}`, app.dir)
  }
  return apps
}
