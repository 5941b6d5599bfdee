// What the browser's cookies amount to now; the client refresher asks it.
export { GET } from '@/lib/node/routes/idp-session'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'
