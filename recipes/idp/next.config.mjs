import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'
import { securityHeaders } from './lib/security-headers.mjs'

// "Sign in" posts a form to this app, which answers with a redirect to the provider, and Chromium
// checks that redirect against form-action too: without the provider's origin the sign-in is
// blocked. So IDP_ISSUER must be set when you build, not only when you start.
if (!process.env.IDP_ISSUER) throw new Error('Set IDP_ISSUER when you run next build: the sign-in form needs its origin in form-action.')
const providerOrigin = new URL(process.env.IDP_ISSUER).origin

/** @type {(phase: string) => import('next').NextConfig} */
const config = (phase) => ({
  async headers() {
    const headers = securityHeaders({ formAction: [providerOrigin], dev: phase === PHASE_DEVELOPMENT_SERVER })
    return [{ source: '/:path*', headers }]
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
