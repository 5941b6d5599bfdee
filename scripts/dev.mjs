// `npm run dev`: prepares what a fresh checkout lacks, then runs `next dev`.
import { spawn } from 'node:child_process'

const next = spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env })

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal))
next.on('exit', (code) => process.exit(code ?? 0))
