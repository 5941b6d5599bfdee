// Security headers for every page and route, set from next.config.mjs `headers()`. Plain ESM
// so next.config.mjs can import it; the Security checklist page shows this very file.
//
// The Content-Security-Policy allows inline scripts: Next inlines the scripts that hydrate a page
// (its RSC payload, Nextra's theme switch), and the only strict alternative, a nonce per request,
// needs a middleware on every page and makes every page dynamic. What it does hold: no script,
// style or frame from any other origin, no plugins, no <base> hijack, no form posting elsewhere,
// and no site may frame ours (clickjacking a sign-in form or a "sign out" button).

/**
 * @param {{ frameSrc?: string[]; formAction?: string[]; dev?: boolean }} [options]
 *   frameSrc: origins this site may frame (here: the sandboxes' preview host);
 *   formAction: other origins a form may post to; dev: `next dev` needs eval for its fast refresh.
 * @returns {{ key: string; value: string }[]}
 */
export function securityHeaders({ frameSrc = [], formAction = [], dev = false } = {}) {
  const policy = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'frame-src': frameSrc.length ? frameSrc : ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'", ...formAction],
    'base-uri': ["'none'"],
    'object-src': ["'none'"]
  }
  return [
    { key: 'Content-Security-Policy', value: Object.entries(policy).map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ') },
    // For browsers that predate frame-ancestors; both say the same.
    { key: 'X-Frame-Options', value: 'DENY' },
    // A response is what its Content-Type says: no guessing that JSON or text is a script.
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // Other sites see our origin, never a path or a query (a return_to, a reason).
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' }
  ]
}
