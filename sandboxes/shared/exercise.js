// How a preview tells the docs page around it how the reader's "Your turn" went. The preview is a
// cross-origin iframe, so it posts a message; Sandpack hands messages marked `codesandbox` from its
// own iframe (and no other window) to the page's listeners. The result is no secret: any origin.

export const EXERCISE_MESSAGE = 'cookie-flow:exercise'

/** Runs `check` (an async function returning { ok, kind, text, hint }) and posts what it found. */
export async function report(check, threw) {
  let result
  try {
    result = await check()
  } catch (error) {
    result = threw(error)
  }
  const { ok, kind, text, hint } = result
  window.parent.postMessage({ codesandbox: true, type: EXERCISE_MESSAGE, ok, kind, text, hint }, '*')
}
