// The test build and the e2e run must agree on the sandboxes' preview host: `next build` inlines
// NEXT_PUBLIC_SANDPACK_PREVIEW_URL, and Playwright starts the preview server on that port.
export function e2ePreviewPort(env = process.env) {
  return Number(env.E2E_PREVIEW_PORT ?? Number(env.E2E_PORT ?? 3100) + 1)
}

export function localPreviewUrl(port) {
  return `http://preview.localhost:${port}`
}
