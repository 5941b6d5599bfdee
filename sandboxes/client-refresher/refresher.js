// A client refresher, run by a component high in the tree (TokenRefresher in
// the demo app). The middleware no longer refreshes: the browser calls the
// refresh route itself, so the Set-Cookie lands in the browser's own jar.
//
// It uses the model's clock and browser so the sandbox can fast-forward
// time; in your app they are window.setTimeout and window.fetch.
import { browser, clock } from '../shared/scenario.js'

// Refresh this long before expiry, so no request leaves with a stale token.
const EARLY_SECONDS = 5

export function createRefresher() {
  let timer
  let inFlight
  let expiresAt = 0

  // The access cookie is HttpOnly: the expiry comes from the JSON body.
  function schedule(accessExpiresAt) {
    expiresAt = accessExpiresAt
    clock.clearTimeout(timer)
    const due = (expiresAt - EARLY_SECONDS) * 1000 - clock.now()
    timer = clock.setTimeout(refresh, Math.max(0, due))
  }

  // Single flight: whoever asks during a refresh shares it. A second request
  // would present the refresh token that the first one is rotating.
  function refresh() {
    inFlight ??= browser
      .fetch('/api/auth/refresh', { method: 'POST' })
      .then(async (res) => {
        if (res.ok) schedule((await res.json()).accessExpiresAt)
        return res.ok
      })
      .finally(() => {
        inFlight = undefined
      })
    return inFlight
  }

  // Timers do not fire while the laptop sleeps or the tab is throttled. In
  // the app, call this on `visibilitychange` (when visible) and `online`.
  function wake() {
    if (clock.seconds() >= expiresAt - EARLY_SECONDS) return refresh()
  }

  // Before an API call: join a refresh under way, or start one if stale.
  async function ready() {
    await (inFlight ?? wake())
  }

  return { start: schedule, refresh, wake, ready }
}
