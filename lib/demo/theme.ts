// The demo shares the docs' theme choice. Nextra keeps it with next-themes: localStorage key `theme`,
// one of light / dark / system (system, or nothing stored, follows the operating system).
export const THEME_KEY = 'theme'
export const THEMES = ['light', 'dark', 'system'] as const
export type Theme = (typeof THEMES)[number]

const DARK_QUERY = '(prefers-color-scheme: dark)'

// Runs in <head> before the first paint, so a dark reader never sees a white flash. It repeats
// storedTheme() and applyTheme() below as a string: the browser runs it before any bundle loads.
export const themeScript = `try{var t=localStorage.getItem('${THEME_KEY}');if(t==='dark'||(t!=='light'&&matchMedia('${DARK_QUERY}').matches))document.documentElement.classList.add('dark')}catch(e){}`

export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(THEME_KEY)
    return THEMES.find((t) => t === value) ?? 'system'
  } catch {
    // Storage blocked (private mode, site settings): the system decides.
    return 'system'
  }
}

export function storeTheme(theme: Theme) {
  try {
    localStorage.setItem(THEME_KEY, theme)
  } catch {
    // Not remembered, but the page still switches.
  }
}

export function systemDarkQuery() {
  return matchMedia(DARK_QUERY)
}

export function applyTheme(theme: Theme) {
  const dark = theme === 'dark' || (theme === 'system' && systemDarkQuery().matches)
  document.documentElement.classList.toggle('dark', dark)
}
