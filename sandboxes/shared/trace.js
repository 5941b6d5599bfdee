// The record of one scenario: every hop between the parties, the headers it carried, and both
// jars right after it (the browser's, and the cookies server code sees in the current request),
// so the preview and the tests can follow each cookie.
import { clock } from './clock.js'

let hops = []
let snapshot = () => ({ browserJar: [], serverCookies: [] })

export const trace = {
  /** Starts an empty trace; `takeSnapshot` reads both jars after each hop. */
  reset(takeSnapshot) {
    hops = []
    snapshot = takeSnapshot
  },

  /** A request (it has a method) or a response (it has a status) went from one party to another. */
  hop(from, to, message, note) {
    const title = message.method ? `${message.method} ${message.url.pathname}` : `${message.status}`
    const body = message.body == null ? undefined : JSON.stringify(message.body)
    const headers = message.headers.entries()
    hops.push({ t: clock.seconds(), from, to, title, headers, body, note, ...snapshot() })
  },

  /** Something happened that is not a message: time passed, a tab woke up. */
  note(note) {
    hops.push({ t: clock.seconds(), note, headers: [], ...snapshot() })
  },

  get hops() {
    return [...hops]
  }
}
