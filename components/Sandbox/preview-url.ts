import { HOSTED_PREVIEW_URL } from '@/scripts/preview-url.mjs'

// Where the sandboxes' previews are served. NEXT_PUBLIC_ variables are inlined at build time, so
// set it before `next build` (scripts/test.mjs does, and `npm run dev` points it at
// scripts/preview-server.mjs). Sandpack gives each sandbox a subdomain of this host.
export const PREVIEW_URL = process.env.NEXT_PUBLIC_SANDPACK_PREVIEW_URL || HOSTED_PREVIEW_URL

// Long enough for a cold service-worker start on a slow phone, short enough to be a clear answer.
export const CONNECT_TIMEOUT_MS = 20_000
