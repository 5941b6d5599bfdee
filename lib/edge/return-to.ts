// `return_to` comes from the query string, so it is attacker-controlled. Only a path on this
// origin is allowed; anything else would make the login or refresh route an open redirect.
//
// Checked after normalising, against what it becomes: the URL parser collapses dot segments and
// reads `\` as `/`, so "/.//evil.example" or "/\\/evil.example" only turn into the
// scheme-relative "//evil.example" once parsed. The returned path is the Location we send, so
// that is the string to check, resolved the way a browser will resolve it.

const PROBE_ORIGIN = 'http://return-to.invalid'
const MAX_LENGTH = 2048

function onThisSite(path: string): boolean {
  try {
    return new URL(path, PROBE_ORIGIN).origin === PROBE_ORIGIN
  } catch {
    return false
  }
}

export function safeReturnTo(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > MAX_LENGTH) return null
  // Browsers drop tabs and newlines inside URLs; refuse them rather than guess what they hide.
  if (/[\u0000-\u001f\u007f]/.test(value)) return null
  let url: URL
  try {
    url = new URL(value, PROBE_ORIGIN)
  } catch {
    return null
  }
  if (url.origin !== PROBE_ORIGIN || url.username || url.password) return null
  const path = url.pathname + url.search + url.hash
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return null
  return onThisSite(path) ? path : null
}
