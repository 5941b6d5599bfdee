import Link from 'next/link'
import { HOME_PATH } from '@/lib/edge/protocol'

export default function Home() {
  return (
    <main>
      <h1>Cookie Flow starter</h1>
      <p>
        <Link href={HOME_PATH} prefetch={false}>
          Open the protected page
        </Link>{' '}
        (sign in as demo / demo).
      </p>
    </main>
  )
}
