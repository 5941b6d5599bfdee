import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:tls'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, waitFor } from '../../scripts/servers.mjs'

// The README's nginx config (deploy/nginx.conf), run as it is: only the lines it marks "yours"
// change, to a free port, a throwaway certificate and a *.test name that resolves nowhere, so a
// server that tried to call its own public origin would fail here as it fails in a container.

export const PROXY_CONFIG = 'deploy/nginx.conf'
export const PUBLIC_HOST = 'cookie-flow.test'
const NGINX_BIN = process.env.NGINX_PATH ?? ['/usr/sbin/nginx', 'nginx'].find((bin) => bin === 'nginx' || existsSync(bin))!

/** Why the proxy tests cannot run here, or null. CI must never skip them: there it is a failure. */
export function nginxMissing(): string | null {
  const found = spawnSync(NGINX_BIN, ['-v']).status === 0 && spawnSync('openssl', ['version']).status === 0
  if (found) return null
  const why = `nginx or openssl not found: install them (Debian: apt-get install nginx openssl) or set NGINX_PATH`
  if (process.env.CI) throw new Error(`${why}. CI must run the proxy tests.`)
  return why
}

/** deploy/nginx.conf with its "yours" lines filled in; throws if the file no longer has them. */
export function proxyConfig(text: string, values: { port: number; cert: string; key: string; upstream: string }): string {
  const swaps: [RegExp, string, number][] = [
    [/^(\s*)listen 443 ssl;.*$/m, `$1listen 127.0.0.1:${values.port} ssl;`, 1],
    [/^(\s*)listen 443 ssl default_server;.*$/m, `$1listen 127.0.0.1:${values.port} ssl default_server;`, 1],
    [/^(\s*)server_name cookie-flow\.example\.com;.*$/m, `$1server_name ${PUBLIC_HOST};`, 1],
    [/^(\s*)ssl_certificate\s+\S+;.*$/m, `$1ssl_certificate ${values.cert};`, 1],
    [/^(\s*)ssl_certificate_key\s+\S+;.*$/m, `$1ssl_certificate_key ${values.key};`, 1],
    [/^(\s*)proxy_pass http:\/\/127\.0\.0\.1:3000;.*$/m, `$1proxy_pass ${values.upstream};`, 1]
  ]
  let out = text
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(out)) throw new Error(`${PROXY_CONFIG} no longer has a line matching ${pattern}`)
    out = out.replace(pattern, replacement)
  }
  const left = out.split('\n').filter((line) => line.includes('# yours'))
  if (left.length) throw new Error(`${PROXY_CONFIG} has "yours" lines the test does not fill in:\n${left.join('\n')}`)
  return out
}

function selfSignedCertificate(dir: string) {
  const cert = join(dir, 'cert.pem')
  const key = join(dir, 'key.pem')
  const made = spawnSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1',
    '-subj', `/CN=${PUBLIC_HOST}`, '-addext', `subjectAltName=DNS:${PUBLIC_HOST}`, '-keyout', key, '-out', cert
  ], { encoding: 'utf8' })
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`)
  return { cert, key }
}

export interface Proxy {
  /** The public origin readers use: https://cookie-flow.test:<port> */
  origin: string
  port: number
  stop(): Promise<void>
}

function handshake(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, servername: PUBLIC_HOST, rejectUnauthorized: false }, () => {
      socket.destroy()
      resolve(true)
    })
    socket.on('error', () => resolve(false))
  })
}

/** nginx, configured by deploy/nginx.conf, in front of `upstream` (e.g. http://127.0.0.1:3100). */
export async function startProxy(upstream: string): Promise<Proxy> {
  const dir = mkdtempSync(join(tmpdir(), 'cookie-flow-nginx-'))
  // Run as root, nginx's workers drop to nobody: they must be able to reach their temp folders.
  chmodSync(dir, 0o755)
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(join(dir, temp))
    chmodSync(join(dir, temp), 0o777)
  }
  const port = await freePort()
  const { cert, key } = selfSignedCertificate(dir)
  writeFileSync(join(dir, 'site.conf'), proxyConfig(readFileSync(PROXY_CONFIG, 'utf8'), { port, cert, key, upstream }))
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      'events {}',
      'http {',
      '  access_log off;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t === 'body' ? 'client_body' : t}_temp_path ${join(dir, t)};`),
      `  include ${join(dir, 'site.conf')};`,
      '}'
    ].join('\n')
  )
  let log = ''
  const child: ChildProcess = spawn(NGINX_BIN, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitFor(async () => child.exitCode === null && (await handshake(port)), `nginx on port ${port}`, 15_000)
  } catch (error) {
    const errors = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''
    await stop()
    throw new Error(`${(error as Error).message}\n${log}${errors}`)
  }
  return { origin: `https://${PUBLIC_HOST}:${port}`, port, stop }
}
