// The sign-in button posts here; the browser goes on to the provider.
export { POST } from '@/lib/node/routes/idp-sign-in'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'
