import styles from './Sandbox.module.css'
import type { SandboxSource } from './types'

interface PlaceholderProps {
  source: SandboxSource
  active: string
}

/** The sandbox's frame before Sandpack arrives: same boxes, same heights, the active file's code. */
export function Placeholder({ source, active }: PlaceholderProps) {
  return (
    <div className={styles.frame}>
      <div className={styles.bar}>
        <ul className={styles.tabs} aria-label="Files">
          {source.visible.map((path) => (
            <li key={path} aria-current={path === active ? 'true' : undefined}>
              {path.slice(1)}
            </li>
          ))}
        </ul>
      </div>
      {/* Focusable so keyboard users can scroll it; lines are numbered by CSS, so copies stay clean. */}
      <pre className={`${styles.editor} ${styles.staticCode}`} tabIndex={0} aria-label={`${active.slice(1)} (the editor is loading)`}>
        <code>
          {source.files[active].trimEnd().split('\n').map((line, i) => (
            <span key={i}>{`${line}\n`}</span>
          ))}
        </code>
      </pre>
      <div className={styles.preview}>
        <p className={styles.overlay}>The live preview starts when this sandbox scrolls into view.</p>
      </div>
      <div className={styles.console} />
    </div>
  )
}
