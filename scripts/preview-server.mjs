// The sandboxes' own preview host, so they run with no third-party server (offline, in tests, or
// self-hosted). Sandpack's static client gives every sandbox a subdomain of the preview URL
// (http://<id>-preview.localhost:3001/), so this answers for any host name; Chromium resolves
// *.localhost to loopback. It serves only the files static-browser-server ships: the relay page,
// its service worker and a fallback page. The service worker then answers every other request
// in the preview with the sandbox's files, which the docs page posts to it through the relay.
//
//   node scripts/preview-server.mjs [--port 3001] [--host 127.0.0.1]
import { createServer } from 'node:http'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

// Resolved through sandpack-client so the relay always matches the client that talks to it.
const clientEntry = createRequire(import.meta.url).resolve('@codesandbox/sandpack-client')
const packageJson = createRequire(clientEntry).resolve('static-browser-server/package.json')
const ROOT = join(dirname(packageJson), 'out', 'preview')

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' }

// Every servable URL path is known up front, so no request path ever reaches the file system.
function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]
  )
}

function routes() {
  const table = new Map()
  for (const file of listFiles(ROOT)) {
    const path = '/' + relative(ROOT, file).split(sep).join('/')
    const body = readFileSync(file)
    const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream'
    // Hashed names never change content; the HTML pages must be revalidated after an upgrade.
    const cache = path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable'
    table.set(path, { body, type, cache })
    if (path.endsWith('/index.html')) table.set(path.slice(0, -'index.html'.length), { body, type, cache })
  }
  return table
}

export function startPreviewServer({ port = 3001, host = '127.0.0.1' } = {}) {
  const table = routes()
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://preview.localhost')
    const file = table.get(pathname)
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(file ? 'Method not allowed' : 'Not found: the preview server only serves the Sandpack relay')
      return
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': file.cache, 'content-length': file.body.length })
    res.end(req.method === 'HEAD' ? undefined : file.body)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1] : fallback
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(option('port', process.env.SANDPACK_PREVIEW_PORT ?? 3001))
  const host = option('host', '127.0.0.1')
  startPreviewServer({ port, host }).then(
    () => console.log(`Sandpack preview server: http://preview.localhost:${port}/ (listening on ${host})`),
    (error) => {
      console.error(`Sandpack preview server could not listen on ${host}:${port}: ${error.message}`)
      process.exit(1)
    }
  )
}
