import { CodeEditor, useActiveCode, useSandpack } from '@codesandbox/sandpack-react'
import { keyboardAccess } from './editor-keyboard'
import { panelId, tabId } from './FileTabs'
import styles from './Sandbox.module.css'

/**
 * The open file's editor, as the tab panel of our FileTabs. Sandpack's SandpackCodeEditor would
 * wrap it in a tab panel of its own, labelled by a tab id that only its FileTabs renders, so this
 * uses the CodeMirror component underneath it directly.
 */
export function Editor({ base, withCheck = false }: { base: string; withCheck?: boolean }) {
  const { sandpack } = useSandpack()
  const { code, readOnly, updateCode } = useActiveCode()
  const { activeFile } = sandpack
  return (
    <div role="tabpanel" id={panelId(base)} aria-labelledby={tabId(base, activeFile)} className={withCheck ? `${styles.editor} ${styles.withCheck}` : styles.editor}>
      <CodeEditor
        // A fresh editor per file, as Sandpack does, so undo history never crosses files.
        key={activeFile}
        code={code}
        filePath={activeFile}
        initMode={sandpack.initMode}
        onCodeUpdate={(next) => updateCode(next)}
        readOnly={readOnly}
        showLineNumbers
        extensions={keyboardAccess}
      />
    </div>
  )
}
