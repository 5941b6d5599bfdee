import { FileTabs, UnstyledOpenInCodeSandboxButton, useSandpack } from '@codesandbox/sandpack-react'
import styles from './Sandbox.module.css'

/** File tabs, and the two ways out: back to the original code, or over to CodeSandbox. */
export function NavigationBar() {
  const { sandpack } = useSandpack()
  return (
    <div className={styles.bar}>
      <FileTabs className={styles.tabs} />
      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={() => sandpack.resetAllFiles()}>
          Reset
        </button>
        <UnstyledOpenInCodeSandboxButton className={styles.button}>Open in CodeSandbox</UnstyledOpenInCodeSandboxButton>
      </div>
    </div>
  )
}
