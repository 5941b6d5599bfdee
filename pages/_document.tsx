import { Head, Html, Main, NextScript } from 'next/document'

// The pages router writes no `lang` on <html> by default; screen readers need it to pick a voice.
export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
