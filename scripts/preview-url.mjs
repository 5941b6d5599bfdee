// Where the sandboxes' previews are served: Sandpack's hosted server unless
// NEXT_PUBLIC_SANDPACK_PREVIEW_URL names another (inlined by `next build`, so set it before).
export const HOSTED_PREVIEW_URL = 'https://preview.sandpack-static-server.codesandbox.io'

/**
 * What the Content-Security-Policy must let the docs frame: Sandpack serves each sandbox from
 * `<id>-<host>` (static-browser-server's `previewUrl.hostname = id + "-" + previewUrl.hostname`),
 * a sibling of the preview host, so a wildcard one label up.
 */
export function previewFrameSource(previewUrl) {
  const url = new URL(previewUrl)
  const parent = url.hostname.split('.').slice(1).join('.')
  if (!parent) throw new Error(`NEXT_PUBLIC_SANDPACK_PREVIEW_URL needs a host with a dot, such as sandbox.example.com; got "${previewUrl}"`)
  return `${url.protocol}//*.${parent}${url.port ? `:${url.port}` : ''}`
}

// The test build and the e2e run must agree on the sandboxes' preview host: `next build` inlines
// NEXT_PUBLIC_SANDPACK_PREVIEW_URL, and Playwright starts the preview server on that port.
export function e2ePreviewPort(env = process.env) {
  return Number(env.E2E_PREVIEW_PORT ?? Number(env.E2E_PORT ?? 3100) + 1)
}

export function localPreviewUrl(port) {
  return `http://preview.localhost:${port}`
}
