import { describe, expect, it } from 'vitest'
import { searchGuide, type GuideIndex } from '@/components/search/rank'

// The shape Nextra writes to nextra-data-<locale>.json: per route, the title and each section's text.
const index: GuideIndex = {
  '/troubleshooting': {
    title: 'Troubleshooting',
    data: {
      '': 'Errors as the software prints them.',
      'cookies-can-only-be-modified#Cookies can only be modified':
        'Error: Cookies can only be modified in a Server Action or Route Handler.\nCall the refresh route instead.'
    }
  },
  '/rotation': {
    title: 'Rotation races',
    data: { '': 'Two tabs refresh at once.', 'grace#The grace window': 'A refresh token reused after the grace window revokes the family.' }
  },
  '/runtimes': { title: 'What runs where', data: { '': 'Edge or Node: where code runs.' } }
}

describe('searchGuide', () => {
  it('finds every section holding all the words, linked to its heading', () => {
    const pages = searchGuide(index, 'refresh')
    expect(pages.map((p) => p.route).sort()).toEqual(['/rotation', '/troubleshooting'])
    const rotation = pages.find((p) => p.route === '/rotation')!
    expect(rotation.sections.map((s) => s.url).sort()).toEqual(['/rotation', '/rotation#grace'])
  })

  it('ranks a pasted error message first, at the section that quotes it', () => {
    const [first] = searchGuide(index, 'Cookies can only be modified in a Server Action')
    expect(first.sections[0]).toMatchObject({ url: '/troubleshooting#cookies-can-only-be-modified', heading: 'Cookies can only be modified' })
    expect(first.sections[0].excerpt).toContain('Server Action')
  })

  it('needs every word, ignores case and extra spaces, and finds nothing for an empty query', () => {
    expect(searchGuide(index, '  EDGE   node ').map((p) => p.route)).toEqual(['/runtimes'])
    expect(searchGuide(index, 'edge family')).toEqual([])
    expect(searchGuide(index, '   ')).toEqual([])
  })

  it('cuts a long line around the match', () => {
    const long: GuideIndex = { '/x': { title: 'X', data: { '': `${'a '.repeat(200)}needle ${'b '.repeat(200)}` } } }
    const [{ sections }] = searchGuide(long, 'needle')
    expect(sections[0].excerpt.length).toBeLessThan(200)
    expect(sections[0].excerpt).toMatch(/^….*needle.*…$/)
  })
})
