import styles from './Sandbox.module.css'

interface ErrorMessageProps {
  title: string
  detail: string
  onRetry: () => void
}

/** Says what went wrong and what to try, instead of a spinner that never ends. */
export function ErrorMessage({ title, detail, onRetry }: ErrorMessageProps) {
  return (
    <div className={`${styles.overlay} ${styles.error}`} role="alert">
      <strong>{title}</strong>
      <p>{detail}</p>
      <button type="button" className={styles.button} onClick={onRetry}>
        Try again
      </button>
    </div>
  )
}
