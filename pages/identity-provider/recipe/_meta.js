export default {
  index: 'Start here',
  tokens: "Checking the provider's tokens",
  'sign-in': 'Sign-in',
  refresh: 'One refresh per token',
  sessions: 'Sessions and sign-out'
}
