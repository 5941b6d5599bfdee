export default {
  index: 'Start here',
  middleware: 'Middleware',
  'cookies-and-redirects': 'Cookies and redirects',
  strategies: 'Refresh strategies',
  'calling-the-route': 'Calling the refresh route',
  'refresh-route': 'The refresh route',
  signing: 'Signing and configuration',
  'auth-routes': 'Sign-in and sign-out routes',
  guards: 'Request guards',
  sessions: 'Reading the session',
  pages: 'Pages',
  'client-refresher': 'Client refresher',
  stores: 'Session stores',
  'redis-store': 'Redis store'
}
