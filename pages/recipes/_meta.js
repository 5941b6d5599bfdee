export default {
  index: 'Overview',
  middleware: 'Middleware',
  'cookies-and-redirects': 'Cookies and redirects',
  strategies: 'Strategies',
  'refresh-route': 'Refresh route',
  signing: 'Signing and configuration',
  'auth-routes': 'Sign-in and session routes',
  guards: 'Request guards',
  sessions: 'Reading the session',
  'client-refresher': 'Client refresher',
  stores: 'Session stores',
  'redis-store': 'Redis store'
}
