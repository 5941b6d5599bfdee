// @ts-check
// Every HTML page the identity provider shows a person: its sign-in form, and in place of
// oidc-provider's defaults its error and sign-out pages. Ours because the defaults have no `lang`
// and load a web font from a third-party host, which a page here (offline, in the tests) must not.

/** @param {unknown} value */
function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

// System fonts and plain colours with WCAG AA contrast, in both colour schemes.
const STYLE = `
  :root { color-scheme: light dark; font: 16px/1.5 system-ui, sans-serif; }
  body { max-width: 22rem; margin: 3rem auto; padding: 0 1rem; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input, button { font: inherit; width: 100%; box-sizing: border-box; padding: .5rem; margin-top: .25rem; }
  button { margin-top: 1.5rem; cursor: pointer; }
  [role=alert] { border: 2px solid currentColor; padding: .5rem .75rem; }
  pre { white-space: pre-wrap; }`

/**
 * @param {string} title
 * @param {string} body HTML, already escaped
 */
function page(title, body) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Cookie Flow identity provider</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`
}

/**
 * The sign-in form of one interaction. After a wrong password it says so, keeps the username and
 * moves focus to the alert, so a screen reader announces why the form came back.
 * @param {{ uid: string, clientName: string, error?: string, username?: string }} options
 */
export function loginPage({ uid, clientName, error, username = '' }) {
  const alert = error ? `<p role="alert" id="error" tabindex="-1" autofocus>${escapeHtml(error)}</p>` : ''
  return page(
    'Sign in',
    `<h1>Sign in</h1>
<p>to continue to ${escapeHtml(clientName)}. The demo account is <strong>demo</strong> / <strong>demo</strong>.</p>
${alert}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label for="username">Username</label>
<input id="username" name="username" autocomplete="username" required value="${escapeHtml(username)}"${error ? ' aria-describedby="error"' : ' autofocus'}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${error ? ' aria-describedby="error"' : ''}>
<button type="submit">Sign in</button>
</form>`
  )
}

/**
 * What oidc-provider reports when a request cannot go on (an unknown client, an expired
 * interaction, a bad redirect_uri): its error code and description, nothing else.
 * @param {Record<string, unknown>} out oidc-provider's error, e.g. { error, error_description }
 */
export function errorPage(out) {
  const rows = Object.entries(out).map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd><pre>${escapeHtml(value)}</pre></dd>`)
  return page('Something went wrong', `<h1>Something went wrong</h1>\n<dl>${rows.join('')}</dl>`)
}

/**
 * RP-initiated logout's confirmation. `form` is oidc-provider's hidden form (with its CSRF token):
 * the buttons submit it, and the one with name=logout signs out.
 * @param {string} form
 * @param {string} host
 */
export function logoutPage(form, host) {
  return page(
    'Sign out',
    `<h1>Sign out of ${escapeHtml(host)}?</h1>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Yes, sign me out</button>
<button type="submit" form="op.logoutForm">No, stay signed in</button>`
  )
}

/** Shown after a sign-out that had no post_logout_redirect_uri to return to. */
export function loggedOutPage() {
  return page('Signed out', '<h1>Signed out</h1>\n<p>You have signed out of the identity provider.</p>')
}
