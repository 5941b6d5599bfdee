import { useData } from 'nextra/hooks'
import { Suspense, lazy, useRef } from 'react'
import { Placeholder } from './Placeholder'
import styles from './Sandbox.module.css'
import type { SandboxSource } from './types'
import { useNearViewport } from './useNearViewport'

// Sandpack is a chunk of its own, fetched only when a sandbox nears the viewport; until then, and
// without JavaScript, the server-rendered placeholder shows the same frame with the code in it.
const SandboxRoot = lazy(() => import('./SandboxRoot'))

export interface SandboxProps {
  /** A folder of sandboxes/; the page must export getStaticProps = sandboxProps(name). */
  name: string
  /** What the sandbox shows, for screen readers and the preview's frame title. */
  title: string
  /** The file the editor opens on. */
  active?: string
  /**
   * The goal of the page's "Your turn" exercise, for a sandbox whose preview checks it (its
   * index.html calls report() from sandboxes/shared/exercise.js): a line under the editor then
   * says whether the reader's edit reaches it.
   */
  exercise?: string
}

export function Sandbox({ name, title, active = 'main.js', exercise }: SandboxProps) {
  const sources: Record<string, SandboxSource> | undefined = useData('sandboxes')
  const source = sources?.[name]
  const ref = useRef<HTMLElement>(null)
  const near = useNearViewport(ref)
  const activePath = `/${active}`
  // Both mistakes surface while `next build` prerenders the page, not in a reader's browser.
  if (!source) {
    throw new Error(`<Sandbox name="${name}">: the page must export getStaticProps = sandboxProps('${name}')`)
  }
  if (!source.visible.includes(activePath)) {
    throw new Error(`<Sandbox name="${name}">: active="${active}" is not a file of sandboxes/${name}/`)
  }
  const placeholder = <Placeholder source={source} active={activePath} />
  return (
    <section ref={ref} className={styles.sandbox} aria-label={`Sandbox: ${title}`} data-sandbox={name}>
      {near ? (
        <Suspense fallback={placeholder}>
          <SandboxRoot source={source} active={activePath} title={title} exercise={exercise} />
        </Suspense>
      ) : (
        placeholder
      )}
    </section>
  )
}
