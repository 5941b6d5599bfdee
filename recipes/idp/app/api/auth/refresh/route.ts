// Node: openid-client refreshes at the provider, one call per refresh token however many ask.
export { GET, POST } from '@/lib/node/routes/idp-refresh'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'
