// The provider sends the browser back here: the path of IDP_REDIRECT_URI.
export { GET } from '@/lib/node/routes/idp-callback'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'
