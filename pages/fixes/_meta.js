export default {
  'forward-set-cookie': 'Forward the Set-Cookie',
  'redirect-handshake': 'Redirect handshake',
  'client-refresher': 'Client refresher',
  compare: 'Compare the fixes'
}
