export default {
  index: 'Overview',
  middleware: 'Middleware',
  strategies: 'Strategies',
  'refresh-route': 'Refresh route',
  'client-refresher': 'Client refresher',
  stores: 'Session stores'
}
