// Ranks the guide's sections for a query, from the index Nextra builds for its own search box
// (`nextra-data-<locale>.json`: per route, the page title and each section's text, keyed "id#Heading").
// Every word must appear in a section; the whole query as typed, a heading hit and frequency rank it.
// A pasted error message is found by its exact wording.

export type GuideIndex = Record<string, { title: string; data: Record<string, string> }>

export interface SectionHit {
  url: string
  heading: string
  excerpt: string
  score: number
}

export interface PageHit {
  route: string
  title: string
  sections: SectionHit[]
  score: number
}

const EXCERPT = 180
const SECTIONS_PER_PAGE = 3

export function termsOf(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/\s+/).filter(Boolean))]
}

function occurrences(text: string, term: string): number {
  let count = 0
  for (let at = text.indexOf(term); at !== -1 && count < 20; at = text.indexOf(term, at + term.length)) count++
  return count
}

/** The line of the section that holds the first match, cut around it. */
function excerptOf(content: string, terms: string[]): string {
  const lines = content.split('\n')
  const line = lines.find((l) => terms.some((t) => l.toLowerCase().includes(t))) ?? lines[0] ?? ''
  if (line.length <= EXCERPT) return line
  const at = Math.max(0, Math.min(...terms.map((t) => line.toLowerCase().indexOf(t)).filter((i) => i >= 0)) - 40)
  return `${at > 0 ? '…' : ''}${line.slice(at, at + EXCERPT).trim()}…`
}

export function searchGuide(index: GuideIndex, query: string): PageHit[] {
  const terms = termsOf(query)
  if (!terms.length) return []
  const phrase = query.trim().toLowerCase()
  const pages: PageHit[] = []
  for (const [route, { title, data }] of Object.entries(index)) {
    const sections: SectionHit[] = []
    for (const [key, content] of Object.entries(data)) {
      const [id, headingText] = key.split('#')
      const heading = headingText || title
      const head = heading.toLowerCase()
      const body = content.toLowerCase()
      if (!terms.every((t) => head.includes(t) || body.includes(t))) continue
      let score = terms.reduce((sum, t) => sum + (head.includes(t) ? 10 : 0) + occurrences(body, t), 0)
      if (terms.length > 1 && (body.includes(phrase) || head.includes(phrase))) score += 50
      sections.push({ url: route + (id ? `#${id}` : ''), heading, excerpt: excerptOf(content, terms), score })
    }
    if (!sections.length) continue
    sections.sort((a, b) => b.score - a.score)
    const titleBonus = terms.filter((t) => title.toLowerCase().includes(t)).length * 10
    pages.push({ route, title, sections: sections.slice(0, SECTIONS_PER_PAGE), score: sections[0].score + titleBonus })
  }
  return pages.sort((a, b) => b.score - a.score)
}
