import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'
import { securityHeaders } from './lib/security-headers.mjs'

/** @type {(phase: string) => import('next').NextConfig} */
const config = (phase) => ({
  async headers() {
    // `next dev` needs eval for its fast refresh; a production build does not.
    return [{ source: '/:path*', headers: securityHeaders({ dev: phase === PHASE_DEVELOPMENT_SERVER }) }]
  },
  experimental: {
    // Next 14 runs instrumentation.ts (the startup check of keys and env) only behind this flag.
    instrumentationHook: true,
    // Every navigation asks the server, so no signed-in page comes back from the client router
    // cache after a sign-out (14.x keeps dynamic pages 30 s by default).
    staleTimes: { dynamic: 0 }
  }
})

export default config
