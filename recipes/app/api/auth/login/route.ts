// Sign-in as JSON, for scripts; the sign-in form uses a server action.
export { POST } from '@/lib/node/routes/login'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'
