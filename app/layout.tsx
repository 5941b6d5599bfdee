import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { SiteHeader } from '@/components/demo/SiteHeader'
import { themeScript } from '@/lib/demo/theme'
import './demo.css'

export const metadata: Metadata = {
  title: { default: 'Live demo – Cookie Flow', template: '%s – Cookie Flow demo' },
  description: 'Log in and watch a Next.js 14 app refresh its auth token with each strategy.'
}

// The docs (pages router) and the demo (App Router) are separate React trees; the demo draws the
// docs' header itself (without Nextra's code) and shares their theme choice through localStorage.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <SiteHeader />
        {children}
      </body>
    </html>
  )
}
