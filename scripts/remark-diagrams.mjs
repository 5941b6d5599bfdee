// A remark plugin: each ```mermaid block becomes the picture `npm run diagrams` drew of it, one per
// theme, as plain <img>s with their size (no layout shift) and the diagram's accTitle as alt text.
// Readers download two small SVGs instead of mermaid, and see the diagram before any script runs.
// Runs before Nextra's own mermaid plugin, which then finds no block left to render in the browser.
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { THEMES, accessibleTitle, diagramFile, diagramKey, diagramPath } from './diagrams/source.mjs'

function sizeOf(file) {
  const svg = readFileSync(file, 'utf8')
  const root = svg.slice(0, svg.indexOf('>'))
  const [width, height] = ['width', 'height'].map((name) => new RegExp(`\\s${name}="(\\d+)"`).exec(root)?.[1])
  if (!width || !height) throw new Error(`${file} has no width and height: draw it again with npm run diagrams`)
  return { width, height }
}

const attribute = (name, value) => ({ type: 'mdxJsxAttribute', name, value })

function picture(source, where) {
  const alt = accessibleTitle(source)
  if (!alt) throw new Error(`${where} has no accTitle: add a line "accTitle: what the diagram shows" (it is the picture's alt text)`)
  const key = diagramKey(source)
  const images = THEMES.map((theme) => {
    const src = diagramPath(key, theme)
    let size
    try {
      size = sizeOf(diagramFile(key, theme))
    } catch (error) {
      if (error.code !== 'ENOENT') throw error
      throw new Error(`${where} has no picture yet (${diagramFile(key, theme)}). Run \`npm run diagrams\` to draw it, then build again.`)
    }
    return {
      type: 'mdxJsxFlowElement',
      name: 'img',
      attributes: [
        attribute('className', `diagram-${theme}`),
        attribute('src', src),
        attribute('width', size.width),
        attribute('height', size.height),
        attribute('alt', alt)
      ],
      children: []
    }
  })
  return { type: 'mdxJsxFlowElement', name: 'figure', attributes: [attribute('className', 'diagram')], children: images }
}

export default function remarkDiagrams() {
  return (tree, file) => {
    let count = 0
    const page = file.path ? relative(process.cwd(), file.path) : 'an MDX page'
    const visit = (node) => {
      node.children?.forEach((child, i) => {
        if (child.type === 'code' && child.lang === 'mermaid') {
          node.children[i] = picture(child.value, `${page}, diagram ${++count}`)
        } else {
          visit(child)
        }
      })
    }
    visit(tree)
  }
}
