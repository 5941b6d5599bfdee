export default {
  index: 'Introduction',
  runtimes: 'What runs where',
  cookies: 'Where a cookie lands',
  'broken-flow': 'The broken flow',
  'smallest-fix': 'The smallest fix',
  fixes: 'The fixes',
  'server-actions-and-cookies': 'Server actions and cookies',
  rotation: 'Rotation races',
  'identity-provider': 'Tokens from an identity provider',
  'sign-out': 'Signing out',
  security: 'Security checklist',
  'after-next-14': 'After Next 14',
  recipes: 'Recipes',
  troubleshooting: 'Troubleshooting',
  // Where the demo's header sends a search; the navbar's own search box covers the docs.
  search: { title: 'Search', display: 'hidden' },
  demo: {
    title: 'Live demo',
    type: 'page',
    href: '/demo'
  }
}
