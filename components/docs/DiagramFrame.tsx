import type { ReactNode } from 'react'

/**
 * Nextra draws mermaid diagrams in the browser, after the page has laid out; everything below
 * would jump down when the SVG arrives (Lighthouse counts it as layout shift). The frame reserves
 * the diagram's box up front: `ratio` is its viewBox width / height. tests/e2e/docs-quality.spec.ts
 * checks every frame against the diagram it holds.
 */
export function DiagramFrame({ ratio, children }: { ratio: string; children: ReactNode }) {
  return (
    <div className="diagram-frame" style={{ aspectRatio: ratio }}>
      {children}
    </div>
  )
}
