// Draws a sandbox's trace in the preview, hop by hop. Browser only: the unit tests read the same
// sections in node. Each index.html calls show(import('./main.js')), so a typo in the reader's
// code becomes a message here instead of a blank preview.

export async function show(loadingMain) {
  // A fresh console per run: Sandpack re-runs the preview after every edit.
  console.clear()
  const root = document.getElementById('trace')
  try {
    const { run } = await loadingMain
    const sections = await run()
    root.replaceChildren(...sections.map(section))
    for (const { title, verdict } of sections) console.log(`${title}: ${verdict.text}`)
  } catch (error) {
    const message = `Your code threw: ${error}`
    root.replaceChildren(el('p', { class: 'verdict error', role: 'alert' }, message))
    console.warn(error)
  }
}

function section({ title, verdict, hops }) {
  return el(
    'section',
    {},
    el('h2', {}, title),
    el('p', { class: `verdict ${verdict.ok ? 'ok' : 'lost'}`, role: 'status' }, verdict.text),
    el('ol', { class: 'hops' }, ...hops.map(hop))
  )
}

function hop({ t, from, to, title, headers, body, note, browserJar, serverCookies }) {
  const time = el('span', { class: 't' }, `t=${t} s`)
  if (!from) return el('li', { class: 'pause' }, time, ' ', note)
  const lines = headers.map(([name, value]) => el('li', {}, el('code', {}, `${name}: ${value}`)))
  return el(
    'li',
    { class: /^\d/.test(title) ? 'response' : 'request' },
    el('p', {}, time, ' ', el('b', {}, from), ' → ', el('b', {}, to), ' ', el('code', {}, title)),
    lines.length ? el('ul', { class: 'headers' }, ...lines) : '',
    body ? el('p', { class: 'body' }, el('code', {}, body)) : '',
    note ? el('p', { class: 'note' }, note) : '',
    jars(browserJar, serverCookies)
  )
}

// Both jars after the hop: the browser's, and what server code's cookies() saw in this request.
function jars(browserJar, serverCookies) {
  const row = (label, cookies) => [
    el('dt', {}, label),
    el('dd', {}, cookies.length ? cookies.join('; ') : '(empty)')
  ]
  const rows = [...row('Browser jar', browserJar), ...row('cookies()', serverCookies)]
  return el('dl', { class: 'jars' }, ...rows)
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  node.append(...children)
  return node
}
