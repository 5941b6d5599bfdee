// What makes this oidc-provider the strict, realistic case the app's client must handle: one
// confidential client, PKCE required, refresh tokens rotated with no grace (a rotated one presented
// again is refused and revokes the whole grant), short-lived JWT access tokens for the app's API
// signed with keys it publishes. Option names are oidc-provider 9's (lib/helpers/defaults.js).
import { errors } from 'oidc-provider'
import { DEMO_ACCOUNT, findAccount } from './interactions.mjs'
import { errorPage, loggedOutPage, logoutPage } from './pages.mjs'
import { MAX_SIGN_IN_SECONDS } from './settings.mjs'
import { SharedMemoryAdapter } from './store.mjs'

const CLIENT_ID = 'cookie-flow'

// The audience (`aud`) of every access token: the app's API, named by a fixed indicator (RFC 8707)
// rather than its URL, so a token means the same whichever port the app runs on.
const API_RESOURCE = 'urn:cookie-flow:api'

// The one algorithm here: the app's own tokens are ES256 too.
const ALG = 'ES256'

/**
 * @param {import('./settings.mjs').IdpSettings} settings
 * @param {{ signingKeys: Array<Record<string, string>>, cookieKeys: string[] }} keys private JWKs,
 *   the current one first; the keys that sign the provider's cookies
 */
export function providerConfiguration(settings, { signingKeys, cookieKeys }) {
  // Read now: a rotation adds a key to the list while this instance may still be answering.
  const signingKid = signingKeys[0].kid
  return {
    adapter: SharedMemoryAdapter,
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: settings.clientSecret,
        client_name: 'Cookie Flow',
        redirect_uris: settings.redirectUris,
        post_logout_redirect_uris: settings.postLogoutRedirectUris,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        // A server-side client (the app is a BFF): its secret never reaches a browser.
        token_endpoint_auth_method: 'client_secret_basic',
        // The default is RS256, for which this provider has no key.
        id_token_signed_response_alg: ALG
      }
    ],
    // Discovery lists only the method the one client uses.
    clientAuthMethods: ['client_secret_basic'],
    findAccount,
    // Private keys; the JWKS endpoint publishes their public halves. The first one signs.
    jwks: { keys: signingKeys },
    // Kept across key rotations (provider.mjs builds a new instance), so sign-ins in progress survive.
    cookies: { keys: cookieKeys },
    claims: { openid: ['sub'], profile: ['name'] },
    scopes: ['openid', 'profile', 'offline_access'],
    responseTypes: ['code'],
    // Every authorization request must carry an S256 code_challenge, not only public clients' (the
    // default): a stolen code is useless without the verifier.
    pkce: { required: () => true },
    features: {
      // Its stand-in sign-in accepts any username and password; interactions.mjs checks one account.
      devInteractions: { enabled: false },
      // Access tokens are for the app's API, not for userinfo; the app reads the user's name from the
      // ID token instead, where oidc-provider then puts the profile claims.
      userinfo: { enabled: false },
      // So signing out of the app can revoke its refresh token (RFC 7009).
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = logoutPage(form, ctx.host)
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = loggedOutPage()
        }
      },
      resourceIndicators: {
        enabled: true,
        // The app need not send `resource`: its requests are for its API.
        defaultResource: async () => API_RESOURCE,
        getResourceServerInfo: async (_ctx, indicator) => {
          if (indicator !== API_RESOURCE) throw new errors.InvalidTarget()
          return {
            // The API defines no scopes of its own: the token says who (`sub`), for what (`aud`), until when.
            scope: '',
            accessTokenFormat: 'jwt',
            // Named, not left to oidc-provider's choice, so "the newest key signs" is explicit.
            jwt: { sign: { alg: ALG, kid: signingKid } }
          }
        }
      }
    },
    // Refresh tokens go to the app whatever the request's `prompt`: oidc-provider drops offline_access
    // from a request whose prompt lacks consent (e.g. prompt=login, to re-authenticate), and its
    // default policy issues none without offline_access.
    // The user's name in access tokens too, as Keycloak puts it (Auth0 and Entra do not by
    // default): the app's pages show it without asking the provider.
    extraTokenClaims: async (_ctx, token) => (token.kind === 'AccessToken' && token.accountId === DEMO_ACCOUNT.sub ? { name: DEMO_ACCOUNT.name } : undefined),
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // Every use rotates, and a rotated token is consumed: presenting it again is answered
    // invalid_grant and revokes the grant (lib/actions/grants/refresh_token.js). No grace period.
    rotateRefreshToken: true,
    ttl: {
      AccessToken: settings.accessTtl,
      // Each rotation issues a token with this lifetime again, up to the grant's.
      RefreshToken: settings.refreshTtl,
      AuthorizationCode: 60,
      // It proves the sign-in once, at the app's callback; nothing uses it after that.
      IdToken: 5 * 60,
      // Time to fill in the sign-in form.
      Interaction: 10 * 60,
      Session: MAX_SIGN_IN_SECONDS,
      Grant: MAX_SIGN_IN_SECONDS
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html'
      ctx.body = errorPage(out)
    }
  }
}
