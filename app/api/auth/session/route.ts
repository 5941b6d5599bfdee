// GET: what the browser's cookies amount to now (the recipes' session route, as it is).
export { GET } from '@/lib/node/routes/session'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'
