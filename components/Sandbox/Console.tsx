import { SandpackConsole } from '@codesandbox/sandpack-react'
import { useCallback, useRef } from 'react'
import styles from './Sandbox.module.css'

/**
 * Sandpack's console inside a scroll region of ours. Sandpack's own scrolling list takes no
 * tabindex and no name, so keyboard users could not scroll it and screen readers could not name
 * it; here the named wrapper scrolls and Sandpack's list grows inside it.
 */
export function Console({ title }: { title: string }) {
  const region = useRef<HTMLDivElement>(null)
  // Sandpack kept its list scrolled to the newest line; now that the wrapper scrolls, it does.
  const showNewest = useCallback(() => {
    const node = region.current
    if (node) node.scrollTop = node.scrollHeight
  }, [])
  return (
    <div ref={region} className={styles.console} role="region" aria-label={`Console: ${title}`} tabIndex={0}>
      <SandpackConsole showHeader={false} resetOnPreviewRestart onLogsChange={showNewest} />
    </div>
  )
}
