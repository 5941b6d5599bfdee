export default {
  index: 'Overview',
  'next-15-5': 'On Next 15.5',
  'next-16': 'On Next 16'
}
