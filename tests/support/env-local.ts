import { readFileSync } from 'node:fs'

/** A variable from .env.local as scripts/keys.mjs writes it: NAME="value with \n escapes". */
export function envLocal(name: string): string {
  const line = readFileSync('.env.local', 'utf8').match(new RegExp(`^${name}="(.*)"$`, 'm'))
  if (!line) throw new Error(`${name} is not in .env.local; run npm run keys -- --write-env-local`)
  return line[1].replace(/\\n/g, '\n')
}
