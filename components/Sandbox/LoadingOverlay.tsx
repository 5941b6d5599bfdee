import styles from './Sandbox.module.css'

/** Shown over the preview until the preview host answers; the timeout turns it into an error. */
export function LoadingOverlay() {
  return (
    <div className={styles.overlay} role="status">
      <span className={styles.spinner} aria-hidden="true" />
      Starting the preview…
    </div>
  )
}
