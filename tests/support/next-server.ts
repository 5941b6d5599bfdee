import { spawn, type ChildProcess } from 'node:child_process'
import { freePort, waitFor } from './wait'

export interface NextServer {
  url: string
  stop(): Promise<void>
  output(): string
}

/** Another `next start` of the same build, with its own env (e.g. a second instance on Redis). */
export async function startNext(env: Record<string, string>): Promise<NextServer> {
  const port = await freePort()
  let log = ''
  const child: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true // its own process group, so stop() also ends the node child of npx
  })
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  const url = `http://localhost:${port}`
  await waitFor(async () => (await fetch(`${url}/demo/login`)).ok, `next start on port ${port}\n${log}`)
  return {
    url,
    output: () => log,
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      process.kill(-child.pid!, 'SIGTERM')
      await exited
    }
  }
}

/** Runs `next start` expecting it to refuse to start; returns its exit code and output. */
export async function failedStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const port = await freePort()
  const child = spawn('npx', ['next', 'start', '-p', String(port)], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  clearTimeout(timer)
  return { code, output }
}
