// Virtual time, so a sandbox can let 30 seconds or 5 minutes of idle pass in a millisecond and give
// the same trace every run. In your app this is Date.now() and window.setTimeout.

let now = 0
let timers = []
let nextId = 1

export const clock = {
  reset() {
    now = 0
    timers = []
    nextId = 1
  },

  /** Milliseconds since the scenario started. */
  now() {
    return now
  },

  seconds() {
    return Math.floor(now / 1000)
  },

  setTimeout(callback, ms) {
    const id = nextId++
    timers.push({ id, at: now + ms, callback })
    return id
  },

  clearTimeout(id) {
    timers = timers.filter((timer) => timer.id !== id)
  },

  /** Lets `ms` pass with the page awake: every timer fires on time, and its work finishes. */
  async advance(ms) {
    const until = now + ms
    for (let timer = due(until); timer; timer = due(until)) {
      now = Math.max(now, timer.at)
      await timer.callback()
    }
    now = until
  },

  /**
   * Lets `ms` pass with the page asleep (laptop lid closed, or a background tab the browser
   * throttles): no timer fires meanwhile. Overdue ones fire late, at the next advance().
   */
  sleep(ms) {
    now += ms
  }
}

function due(until) {
  const next = timers
    .filter((timer) => timer.at <= until)
    .sort((a, b) => a.at - b.at || a.id - b.id)[0]
  if (next) timers = timers.filter((timer) => timer !== next)
  return next
}
