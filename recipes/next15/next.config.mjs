import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'
import { securityHeaders } from './lib/security-headers.mjs'

// Next 15.5 and 16: instrumentation.ts runs without a flag, and every navigation already asks the
// server (the client router cache keeps dynamic pages 0 s by default): only the headers are left.
/** @type {(phase: string) => import('next').NextConfig} */
const config = (phase) => ({
  async headers() {
    // `next dev` needs eval for its fast refresh; a production build does not.
    return [{ source: '/:path*', headers: securityHeaders({ dev: phase === PHASE_DEVELOPMENT_SERVER }) }]
  }
})

export default config
