export default {
  compare: 'Compare the fixes',
  'forward-set-cookie': 'Forward the Set-Cookie',
  'redirect-handshake': 'Redirect handshake',
  'client-refresher': 'Client refresher'
}
