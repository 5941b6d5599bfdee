export default {
  index: 'Introduction',
  demo: {
    title: 'Live demo',
    type: 'page',
    href: '/demo'
  }
}
