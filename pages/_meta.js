export default {
  index: 'Introduction',
  cookies: 'Where a cookie lands',
  'broken-flow': 'The broken flow',
  fixes: 'Fixes',
  rotation: 'Rotation races',
  demo: {
    title: 'Live demo',
    type: 'page',
    href: '/demo'
  }
}
