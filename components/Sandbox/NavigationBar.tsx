import { UnstyledOpenInCodeSandboxButton, useSandpack } from '@codesandbox/sandpack-react'
import { FileTabs } from './FileTabs'
import styles from './Sandbox.module.css'

/** File tabs, and the two ways out: back to the original code, or over to CodeSandbox. */
export function NavigationBar({ base }: { base: string }) {
  const { sandpack } = useSandpack()
  return (
    <div className={styles.bar}>
      <FileTabs base={base} />
      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={() => sandpack.resetAllFiles()}>
          Reset
        </button>
        <UnstyledOpenInCodeSandboxButton className={styles.button}>Open in CodeSandbox</UnstyledOpenInCodeSandboxButton>
      </div>
    </div>
  )
}
