import Link from 'next/link'
import { SITE_NAME } from '@/lib/site'
import { SEARCH_PATH, SEARCH_PARAM } from '@/lib/search-path'
import { ThemeSwitch } from './ThemeSwitch'
import './site-header.css'

// The docs' navbar, for the App Router pages: the same title, the same places, a search and the
// same theme choice. Links to the docs are plain <a>: they are another router's pages, a full load.
// The search is a plain GET form, so it works before hydration and without JavaScript.
export function SiteHeader() {
  return (
    <header className="site-header">
      <nav aria-label="Site" className="site-nav">
        <a className="site-title" href="/">
          <span aria-hidden="true">🍪 </span>
          {SITE_NAME}
        </a>
        <ul className="site-links">
          <li>
            <a href="/">Guide</a>
          </li>
          <li>
            {/* Every App Router page is part of the demo: this is the section the reader is in. */}
            <Link href="/demo" aria-current="true">
              Live demo
            </Link>
          </li>
        </ul>
        <form className="site-search" role="search" action={SEARCH_PATH} method="get">
          <label htmlFor="site-search-query" className="visually-hidden">
            Search the guide
          </label>
          <input id="site-search-query" type="search" name={SEARCH_PARAM} placeholder="Search the guide…" autoComplete="off" />
          <button type="submit" aria-label="Search">
            <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
              <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
        </form>
        <ThemeSwitch />
      </nav>
    </header>
  )
}
