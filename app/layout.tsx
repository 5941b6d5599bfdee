import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import './demo.css'

export const metadata: Metadata = {
  title: { default: 'Live demo – Cookie Flow', template: '%s – Cookie Flow demo' },
  description: 'Log in and watch a Next.js 14 app refresh its auth token with each strategy.'
}

// The docs (pages router) and the demo (App Router) are separate React trees; the demo gets its own
// minimal shell and follows the docs' theme choice through the same `theme` localStorage key.
const themeScript = `try{var t=localStorage.getItem('theme');if(t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches))document.documentElement.classList.add('dark')}catch(e){}`

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>{children}</body>
    </html>
  )
}
