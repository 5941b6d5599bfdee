export default {
  'forward-set-cookie': 'Forward Set-Cookie',
  'client-refresher': 'Client refresher'
}
