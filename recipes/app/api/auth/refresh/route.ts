// Node, explicitly: signing needs the private key, rotation needs the session store.
export { GET, POST } from '@/lib/node/routes/refresh'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'
