// `npm run dev`: prepares what a fresh checkout lacks (a local key pair), then runs `next dev`.
import { spawn } from 'node:child_process'
import { ensureEnvLocal } from './keys.mjs'

if (await ensureEnvLocal()) console.log('[dev] wrote a fresh signing key pair to .env.local')

const next = spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env })

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal))
next.on('exit', (code) => process.exit(code ?? 0))
