import type { NextRequest } from 'next/server'
import { recordRefresh } from '@/lib/demo/node/record'
import { refreshGet, refreshPost } from '@/lib/node/routes/refresh'

// Signing needs the private key and rotation needs the store: node, explicitly (the default).
export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

// The recipes' refresh route (lib/node/routes/refresh.ts), and the demo's inspector noting what it did.
export async function POST(req: NextRequest) {
  const { response, result } = await refreshPost(req)
  await recordRefresh(req, result)
  return response
}

export async function GET(req: NextRequest) {
  const { response, result } = await refreshGet(req)
  await recordRefresh(req, result)
  return response
}
