export default {
  index: 'Overview',
  providers: 'Your provider',
  recipe: 'Recipe'
}
