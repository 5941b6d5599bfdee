import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { middleware as forwardFix } from '../../sandboxes/forward-fix/middleware.js'
import { checkDelivery, threw } from '../../sandboxes/shared/delivery-check.js'

// The broken flow's "Your turn", answered as readers answer it: the sandbox's real middleware.js
// with its last `return NextResponse.next()` replaced, run through the real model by the check.
const MIDDLEWARE = 'sandboxes/broken-flow/middleware.js'
const LAST_RETURN = 'return NextResponse.next()'
const dir = mkdtempSync(join(tmpdir(), 'your-turn-'))
let count = 0
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The module a reader's edit makes, written out with its imports pointing at the model itself. */
function editedSource(replacement: string, imports: string[] = []) {
  let code = readFileSync(MIDDLEWARE, 'utf8')
  const at = code.lastIndexOf(LAST_RETURN)
  code = code.slice(0, at) + replacement + code.slice(at + LAST_RETURN.length)
  if (imports.length) code = code.replace('import { NextResponse, fetch }', `import { NextResponse, fetch, ${imports.join(', ')} }`)
  // The same absolute path the check imports, so both share one model (one jar, one store).
  return code.replaceAll("'../shared/", `'${resolve('sandboxes/shared')}/`)
}

async function edit(replacement: string, imports: string[] = []) {
  const file = join(dir, `middleware-${++count}.mjs`)
  writeFileSync(file, editedSource(replacement, imports))
  return (await import(/* @vite-ignore */ file)).middleware
}

// The fix exactly as the page suggests it, read from the page.
function fixFromPage() {
  const mdx = readFileSync('pages/broken-flow.mdx', 'utf8')
  const block = /\*\*Your turn:\*\*[\s\S]*?```js\n([\s\S]*?)\n```/.exec(mdx)
  if (!block) throw new Error('pages/broken-flow.mdx has no ```js block after **Your turn:**')
  return block[1]
}

describe("the broken flow's Your turn check", () => {
  it('passes the fix the page suggests: the browser holds the refresh token the server expects', async () => {
    const result = await checkDelivery(await edit(fixFromPage()))
    expect(result).toEqual({
      ok: true,
      kind: 'delivered',
      text: 'Cookie delivered.',
      hint: 'The browser holds refresh=r2, the token the server expects next: its next refresh works, where the broken one ended the session.'
    })
  })

  it('passes any fix that works, not one spelling of it: the full forward fix, and res.cookies.set() with every attribute', async () => {
    expect((await checkDelivery(forwardFix)).kind).toBe('delivered')
    const withOptions = await edit(
      'const res = NextResponse.next(); for (const line of refreshed.headers.getSetCookie()) { const { name, value, ...options } = parseSetCookie(line); res.cookies.set(name, value, options) } return res',
      ['parseSetCookie']
    )
    expect((await checkDelivery(withOptions)).kind).toBe('delivered')
  })

  it('the middleware as it stands: no Set-Cookie reaches the browser', async () => {
    const result = await checkDelivery(await edit(LAST_RETURN))
    expect(result.ok).toBe(false)
    expect(result.kind).toBe('no-set-cookie')
    expect(result.text).toBe('Not yet: no Set-Cookie reached the browser.')
    expect(result.hint).toContain('The new tokens stopped at fetch(), which has no cookie jar.')
    expect(result.hint).toContain('Append each line of refreshed.headers.getSetCookie()')
  })

  it('Set-Cookie copied onto the request: the browser gets nothing', async () => {
    const result = await checkDelivery(
      await edit(
        "const headers = new Headers(request.headers); refreshed.headers.getSetCookie().forEach((line) => headers.append('set-cookie', line)); return NextResponse.next({ request: { headers } })"
      )
    )
    expect(result.kind).toBe('request-only')
    expect(result.text).toBe('Not yet: the cookies went on the request, not the response.')
    expect(result.hint).toBe('The request takes them to the page alone. Append each line of refreshed.headers.getSetCookie() to your response.')
  })

  it("the new tokens in the request's Cookie header: the page sees them, the browser does not", async () => {
    const result = await checkDelivery(
      await edit(
        "const headers = new Headers(request.headers); headers.set('cookie', refreshed.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ')); return NextResponse.next({ request: { headers } })"
      )
    )
    expect(result.kind).toBe('request-only')
  })

  it("headers.get('set-cookie'): the lines arrive joined, as one cookie", async () => {
    const result = await checkDelivery(
      await edit("const res = NextResponse.next(); res.headers.set('set-cookie', refreshed.headers.get('set-cookie')); return res")
    )
    expect(result.kind).toBe('joined')
    expect(result.text).toBe('Not yet: the cookies arrived as one line.')
    expect(result.hint).toContain('so the browser kept only access.')
  })

  it('a cookie under a name of its own: the app never reads it', async () => {
    const result = await checkDelivery(
      await edit(
        "const res = NextResponse.next(); const { value } = parseSetCookie(refreshed.headers.getSetCookie()[1]); res.cookies.set('refreshToken', value, { path: '/', httpOnly: true }); return res",
        ['parseSetCookie']
      )
    )
    expect(result.kind).toBe('wrong-name')
    expect(result.text).toBe('Not yet: the browser got refreshToken=r2, a cookie the app never reads.')
    expect(result.hint).toContain("It reads access and refresh: append the route's Set-Cookie lines unchanged.")
  })

  it('name and value only, through res.cookies.set(): delivered, but readable by scripts', async () => {
    const result = await checkDelivery(
      await edit(
        'const res = NextResponse.next(); for (const line of refreshed.headers.getSetCookie()) { const { name, value } = parseSetCookie(line); res.cookies.set(name, value) } return res',
        ['parseSetCookie']
      )
    )
    expect(result.ok).toBe(false)
    expect(result.kind).toBe('not-http-only')
    expect(result.hint).toContain('refresh=r2 came without HttpOnly.')
  })

  it('only the first line passed on: the access cookie arrives, the refresh cookie does not', async () => {
    const result = await checkDelivery(
      await edit("const res = NextResponse.next(); res.headers.append('set-cookie', refreshed.headers.getSetCookie()[0]); return res")
    )
    expect(result.kind).toBe('missing')
    expect(result.hint).toContain('It got access only.')
  })

  it('an error at run time is shown as it was thrown', async () => {
    const result = await checkDelivery(
      await edit("const res = NextResponse.next(); refreshed.headers.getSetCookie().forEach((line) => res.headers.add('set-cookie', line)); return res")
    )
    expect(result).toEqual({
      ok: false,
      kind: 'threw',
      text: 'Not yet: your code threw an error:',
      hint: 'TypeError: res.headers.add is not a function'
    })
  })

  it('a typo that stops the module loading is reported the same way, with the parser’s message', () => {
    // In the preview the failed import('./middleware.js') rejects with V8's SyntaxError; V8 here makes the same.
    const error = (() => {
      try {
        new Function('const res = NextResponse.next(; return res')
      } catch (thrown) {
        return thrown
      }
    })()
    expect(threw(error)).toEqual({
      ok: false,
      kind: 'threw',
      text: 'Not yet: your code threw an error:',
      hint: "SyntaxError: Unexpected token ';'"
    })
  })

  it('anything else names what the browser holds against what the server expects', async () => {
    const result = await checkDelivery(
      await edit("const res = NextResponse.next(); res.headers.append('set-cookie', 'refresh=mine; Path=/; HttpOnly'); return res")
    )
    expect(result.kind).toBe('lost')
    expect(result.text).toBe('Not yet. Cookie lost: the browser holds refresh=mine; the server expects r2.')
  })
})
