// `return_to` comes from the query string, so it is attacker-controlled. Only a path on this
// origin is allowed; anything else would make the login or refresh route an open redirect.

const PROBE_ORIGIN = 'http://return-to.invalid'

export function safeReturnTo(value: string | null | undefined): string | null {
  if (!value || value.length > 2048) return null
  // "//evil.example" and "/\evil.example" are protocol-relative in browsers; control characters
  // can be stripped by the URL parser into something else.
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null
  if (/[\u0000-\u001f\u007f]/.test(value)) return null
  let url: URL
  try {
    url = new URL(value, PROBE_ORIGIN)
  } catch {
    return null
  }
  if (url.origin !== PROBE_ORIGIN) return null
  return url.pathname + url.search + url.hash
}
