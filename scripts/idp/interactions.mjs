// @ts-check
// The provider's side of signing in: the demo account, the sign-in form that checks its password,
// and consent, granted without asking: the one client is this site itself (first party), so a
// consent screen would only be a click more. oidc-provider sends the browser to
// /interaction/<uid> whenever it needs one of them (its `interactions.url` default).
import { readBody, same, send } from './http.mjs'
import { errorPage, loginPage } from './pages.mjs'

const HTML = 'text/html; charset=utf-8'

export const DEMO_ACCOUNT = { username: 'demo', password: 'demo', sub: 'user_demo', name: 'Demo User' }

/**
 * oidc-provider's findAccount: the account behind a subject, and the claims tokens may carry.
 * @param {unknown} _ctx
 * @param {string} sub
 */
export async function findAccount(_ctx, sub) {
  if (sub !== DEMO_ACCOUNT.sub) return undefined
  return { accountId: sub, claims: async () => ({ sub, name: DEMO_ACCOUNT.name }) }
}

/**
 * Adds to the grant exactly what oidc-provider's consent prompt found missing, and saves it.
 * @param {any} provider
 * @param {any} interaction
 * @returns {Promise<string>} the grant's id, for the interaction result
 */
async function grantConsent(provider, interaction) {
  const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = interaction.prompt.details
  const grant = interaction.grantId
    ? await provider.Grant.find(interaction.grantId)
    : new provider.Grant({ accountId: interaction.session.accountId, clientId: interaction.params.client_id })
  if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '))
  if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims)
  for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '))
  }
  return grant.save()
}

/**
 * The sign-in form's POST: the demo account's password signs in; anything else shows the form
 * again with an error.
 * @param {any} provider
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ uid: string, clientName: string }} form
 */
async function submitLogin(provider, req, res, { uid, clientName }) {
  const fields = new URLSearchParams(await readBody(req))
  const username = fields.get('username') ?? ''
  // Both compared, always: the time taken must not tell whether the username alone was right.
  const userOk = same(username, DEMO_ACCOUNT.username)
  const passwordOk = same(fields.get('password') ?? '', DEMO_ACCOUNT.password)
  if (userOk && passwordOk) {
    await provider.interactionFinished(req, res, { login: { accountId: DEMO_ACCOUNT.sub } })
  } else {
    send(res, 200, HTML, loginPage({ uid, clientName, error: 'Wrong username or password.', username }))
  }
}

/**
 * An error shown to the person as oidc-provider's own are: a 400 that says what went wrong.
 * @param {string} description
 */
function refusal(description) {
  return Object.assign(new Error(description), { statusCode: 400, expose: true })
}

/**
 * Answers /interaction/<uid> (GET: the form, or consent) and /interaction/<uid>/login (POST).
 * @param {any} provider the current oidc-provider instance
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} pathname
 * @returns {Promise<boolean>} whether it was one of these routes
 */
export async function handleInteraction(provider, req, res, pathname) {
  const route = /^\/interaction\/([\w-]+)(\/login)?$/.exec(pathname)
  if (!route) return false
  const [, uid, login] = route
  const method = login ? 'POST' : 'GET'
  if (req.method !== method) {
    send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { allow: method })
    return true
  }
  try {
    // Found by the interaction cookie oidc-provider set; the uid in the path must be that one.
    const interaction = await provider.interactionDetails(req, res)
    if (interaction.uid !== uid) throw refusal('this is not the sign-in this browser started')
    const prompt = interaction.prompt.name
    const client = await provider.Client.find(interaction.params.client_id)
    const clientName = client?.clientName ?? interaction.params.client_id
    if (prompt === 'login' && login) await submitLogin(provider, req, res, { uid, clientName })
    else if (prompt === 'login') send(res, 200, HTML, loginPage({ uid, clientName }))
    else if (prompt === 'consent' && !login) {
      await provider.interactionFinished(req, res, { consent: { grantId: await grantConsent(provider, interaction) } })
    } else throw refusal(`this interaction needs ${prompt}, not a sign-in`)
  } catch (error) {
    // oidc-provider's errors here (no interaction cookie, an expired interaction) are exposable:
    // they say what to do (start again from the app). Anything else is ours and stays in the log.
    const { expose, statusCode = 500, message, error_description = message } = /** @type {any} */ (error)
    if (!expose) console.error('[idp] interaction failed:', error)
    const out = expose ? { error: 'invalid_request', error_description } : { error: 'server_error' }
    send(res, expose ? statusCode : 500, HTML, errorPage(out))
  }
  return true
}
