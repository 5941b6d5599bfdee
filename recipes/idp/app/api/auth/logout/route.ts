// Sign-out: revokes the refresh token at the provider and clears the cookies.
export { POST } from '@/lib/node/routes/idp-logout'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'
