// The guide's search results page (pages/search.mdx): the demo's header sends its queries there.
export const SEARCH_PATH = '/search'
export const SEARCH_PARAM = 'q'
