import { createHash, timingSafeEqual } from 'node:crypto'

// The demo has one user, shown on the login page. A real app checks a password hash here.
export const DEMO_USER = { id: 'user_demo', username: 'demo', password: 'demo', name: 'Demo User' }

function digest(value: string) {
  return createHash('sha256').update(value).digest()
}

export function checkCredentials(username: unknown, password: unknown) {
  if (typeof username !== 'string' || typeof password !== 'string') return null
  // Compare digests in constant time so response timing does not reveal how much matched.
  const ok = timingSafeEqual(digest(username), digest(DEMO_USER.username)) && timingSafeEqual(digest(password), digest(DEMO_USER.password))
  return ok ? { userId: DEMO_USER.id, name: DEMO_USER.name } : null
}
