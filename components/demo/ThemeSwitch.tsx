'use client'

import { useEffect, useState } from 'react'
import { THEME_KEY, THEMES, applyTheme, storeTheme, storedTheme, systemDarkQuery, type Theme } from '@/lib/demo/theme'

const LABELS: Record<Theme, string> = { light: 'Light', dark: 'Dark', system: 'System' }

/** The docs' theme choice on the demo: the same three options, stored where next-themes keeps them. */
export function ThemeSwitch() {
  // The server cannot know the reader's choice: render "system", then show the stored one.
  const [theme, setTheme] = useState<Theme>('system')

  useEffect(() => {
    setTheme(storedTheme())
    // A docs page or another demo tab changed it (next-themes listens for the same event), or the
    // system switched while the choice is "system": follow at once, as the docs do.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== THEME_KEY && event.key !== null) return
      const next = storedTheme()
      setTheme(next)
      applyTheme(next)
    }
    const onSystem = () => applyTheme(storedTheme())
    const media = systemDarkQuery()
    window.addEventListener('storage', onStorage)
    media.addEventListener('change', onSystem)
    return () => {
      window.removeEventListener('storage', onStorage)
      media.removeEventListener('change', onSystem)
    }
  }, [])

  return (
    <label className="theme-switch">
      <span className="visually-hidden">Theme</span>
      <select
        value={theme}
        onChange={(event) => {
          const next = event.target.value as Theme
          setTheme(next)
          storeTheme(next)
          applyTheme(next)
        }}
      >
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  )
}
