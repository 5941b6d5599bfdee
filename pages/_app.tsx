import type { AppProps } from 'next/app'
import '../theme.css'

// Nextra 3 requires a custom App; the theme's CSS is imported by Nextra's loader.
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />
}
