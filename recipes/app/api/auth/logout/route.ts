// Sign-out: revokes the session on every device and clears the cookies.
export { POST } from '@/lib/node/routes/logout'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'
