// app/dashboard/page.js, a server component: cookies() shows it the cookies
// of the request it renders.
import { cookies } from '../shared/next.js'
import { isExpired } from '../shared/token.js'

export default function Dashboard() {
  const access = cookies().get('access')?.value
  if (isExpired(access)) return 'Signed out: no valid access token here'
  return `Dashboard, rendered with ${access}`
}
