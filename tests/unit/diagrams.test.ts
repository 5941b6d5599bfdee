import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import remarkDiagrams from '../../scripts/remark-diagrams.mjs'
import { OUTPUT_DIR, THEMES, accessibleTitle, diagramFile, diagramPath, diagramsInPages } from '../../scripts/diagrams/source.mjs'

// The docs' diagrams are pictures drawn ahead of time by `npm run diagrams`. Here: every diagram has
// its pictures, they are safe to serve, and the remark plugin puts them on the page or stops the
// build with what to do. tests/e2e/diagrams.spec.ts redraws them and compares.

interface Diagram { file: string; index: number; source: string; key: string }
const diagrams: Diagram[] = diagramsInPages()
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

type Node = { type: string; name?: string; lang?: string; value?: string; attributes?: { name: string; value: string }[]; children?: Node[] }
function transform(source: string): Node {
  const tree: Node = { type: 'root', children: [{ type: 'code', lang: 'mermaid', value: source }] }
  remarkDiagrams()(tree, { path: `${process.cwd()}/pages/example.mdx` })
  return tree.children![0]
}
const attributes = (node: Node) => Object.fromEntries(node.attributes!.map((a) => [a.name, a.value]))

describe('diagrams', () => {
  it('are on most pages, each with an accTitle for its alt text', () => {
    expect(diagrams.length).toBeGreaterThan(5)
    for (const d of diagrams) expect(accessibleTitle(d.source), `${d.file}, diagram ${d.index}`).toBeTruthy()
  })

  it('each have a picture per theme, and no picture is left over from an old diagram', () => {
    const wanted = diagrams.flatMap((d) => THEMES.map((t) => diagramFile(d.key, t)))
    for (const file of wanted) expect(existsSync(file), `${file}: run npm run diagrams`).toBe(true)
    expect(readdirSync(OUTPUT_DIR).map((f) => `${OUTPUT_DIR}/${f}`).sort()).toEqual([...new Set(wanted)].sort())
  })

  it('are self-contained SVG: titled by their accTitle, sized by their viewBox, no script or remote reference', () => {
    for (const d of diagrams) {
      for (const theme of THEMES) {
        const svg = readFileSync(diagramFile(d.key, theme), 'utf8')
        const root = svg.slice(0, svg.indexOf('>'))
        expect(root, diagramFile(d.key, theme)).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
        const [, , w, h] = /viewBox="([^"]+)"/.exec(root)![1].split(/\s+/).map(Number)
        expect(root).toContain(` width="${Math.ceil(w)}"`)
        expect(root).toContain(` height="${Math.ceil(h)}"`)
        expect(svg).toContain(`>${escapeXml(accessibleTitle(d.source)!)}</title>`)
        expect(svg).not.toMatch(/<script|\son\w+=|(?:href|src)="(?:https?:)?\/\//i)
      }
    }
  })
})

describe('the remark plugin', () => {
  const drawn = diagrams[0]

  it('turns a mermaid block into its two pictures, sized, with the accTitle as alt text', () => {
    const figure = transform(drawn.source)
    expect(figure).toMatchObject({ type: 'mdxJsxFlowElement', name: 'figure' })
    expect(figure.children!.map(attributes)).toEqual(
      THEMES.map((theme) => ({
        className: `diagram-${theme}`,
        src: diagramPath(drawn.key, theme),
        width: expect.stringMatching(/^\d+$/),
        height: expect.stringMatching(/^\d+$/),
        alt: accessibleTitle(drawn.source)
      }))
    )
  })

  it('stops the build for a diagram nobody drew, saying which and what to run', () => {
    expect(() => transform(`${drawn.source}\n    Note over B: an edit since the last npm run diagrams`)).toThrow(
      /^pages\/example\.mdx, diagram 1 has no picture yet \(public\/diagrams\/[0-9a-f]{16}-light\.svg\)\. Run `npm run diagrams` to draw it, then build again\.$/
    )
  })

  it('stops the build for a diagram without an accTitle', () => {
    expect(() => transform('flowchart LR\n    A --> B')).toThrow(
      'pages/example.mdx, diagram 1 has no accTitle: add a line "accTitle: what the diagram shows" (it is the picture\'s alt text)'
    )
  })

  it('leaves other code blocks alone', () => {
    const tree: Node = { type: 'root', children: [{ type: 'code', lang: 'ts', value: 'const a = 1' }] }
    remarkDiagrams()(tree, {})
    expect(tree.children![0]).toEqual({ type: 'code', lang: 'ts', value: 'const a = 1' })
  })
})
