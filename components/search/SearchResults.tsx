import { useRouter } from 'next/router'
import { useEffect, useState, type ReactNode } from 'react'
import { SEARCH_PARAM, SEARCH_PATH } from '@/lib/search-path'
import { searchGuide, termsOf, type GuideIndex, type PageHit } from './rank'
import styles from './SearchResults.module.css'

// The index Nextra's search box loads (nextra-theme-docs 3.3.1, default locale): one file, cached
// by the browser for both.
const INDEX_URL = '/_next/static/chunks/nextra-data-en-US.json'

let indexPromise: Promise<GuideIndex> | null = null
const loadIndex = () => (indexPromise ??= fetch(INDEX_URL).then((res) => (res.ok ? res.json() : Promise.reject(new Error(`${res.status}`)))))

function Highlight({ text, terms }: { text: string; terms: string[] }): ReactNode {
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi')
  return text.split(pattern).map((part, i) => (i % 2 ? <mark key={i}>{part}</mark> : part))
}

type State = { status: 'idle' } | { status: 'loading' } | { status: 'error' } | { status: 'done'; pages: PageHit[] }

/** Results for ?q=…, for readers sent here by a search field outside the docs (the demo's header). */
export function SearchResults() {
  const router = useRouter()
  const raw = router.query[SEARCH_PARAM]
  const query = (Array.isArray(raw) ? raw[0] : raw ?? '').trim()
  const [state, setState] = useState<State>({ status: 'idle' })

  useEffect(() => {
    if (!router.isReady || !query) return setState({ status: 'idle' })
    let current = true
    setState({ status: 'loading' })
    loadIndex().then(
      (index) => current && setState({ status: 'done', pages: searchGuide(index, query) }),
      () => current && setState({ status: 'error' })
    )
    return () => {
      current = false
    }
  }, [router.isReady, query])

  const terms = termsOf(query)
  return (
    <div className={styles.search}>
      <form role="search" action={SEARCH_PATH} method="get" className={styles.form}>
        <label htmlFor="guide-search">Search the guide</label>
        <div className={styles.field}>
          <input id="guide-search" key={query} type="search" name={SEARCH_PARAM} defaultValue={query} autoComplete="off" />
          <button type="submit">Search</button>
        </div>
      </form>
      <p role="status" className={styles.status}>
        {state.status === 'loading' && 'Searching the guide…'}
        {state.status === 'error' && 'The search index could not be loaded. Reload the page to try again.'}
        {state.status === 'done' &&
          (state.pages.length
            ? `${state.pages.length} ${state.pages.length === 1 ? 'page matches' : 'pages match'} “${query}”.`
            : `Nothing in the guide matches “${query}”. Try fewer words, or part of the error message.`)}
      </p>
      {state.status === 'done' && state.pages.length > 0 && (
        <ol className={styles.results} data-testid="search-results">
          {state.pages.map((page) => (
            <li key={page.route}>
              <h2 className={styles.page}>
                <a href={page.route}>{page.title}</a>
              </h2>
              <ul>
                {page.sections.map((section) => (
                  <li key={section.url}>
                    {/* The page's opening text has no heading of its own: the page's link above leads there. */}
                    {section.url.includes('#') && <a href={section.url}>{section.heading}</a>}
                    <p>
                      <Highlight text={section.excerpt} terms={terms} />
                    </p>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
