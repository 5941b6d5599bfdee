import Link from 'next/link'

export const metadata = { title: 'Live demo' }

export default function DemoPage() {
  return (
    <main>
      <p>
        <Link href="/">← Back to the guide</Link>
      </p>
      <h1>Live demo</h1>
      <p>
        Log in with a refresh strategy of your choice and watch this app refresh its access token: in
        the edge middleware, through a redirect handshake, or from the browser.
      </p>
    </main>
  )
}
