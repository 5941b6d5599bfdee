export default {
  'redirect-handshake': 'Redirect handshake',
  compare: 'Compare the fixes'
}
