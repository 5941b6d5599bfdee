import { SandpackProvider } from '@codesandbox/sandpack-react'
import { useId, useMemo } from 'react'
import { Console } from './Console'
import { Editor } from './Editor'
import { ExerciseCheck } from './ExerciseCheck'
import { NavigationBar } from './NavigationBar'
import { Preview } from './Preview'
import { CONNECT_TIMEOUT_MS, PREVIEW_URL } from './preview-url'
import styles from './Sandbox.module.css'
import { theme } from './theme'
import type { SandboxSource } from './types'

interface SandboxRootProps {
  source: SandboxSource
  active: string
  title: string
  exercise?: string
}

/** The live sandbox: Sandpack's `static` template, so no bundler and no npm download. */
export default function SandboxRoot({ source, active, title, exercise }: SandboxRootProps) {
  const files = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(source.files).map(([path, code]) => [path, { code, hidden: !source.visible.includes(path) }])
      ),
    [source]
  )
  // Ties the file tabs to the editor they control.
  const base = useId()
  return (
    <SandpackProvider
      template="static"
      files={files}
      theme={theme}
      className={styles.frame}
      options={{
        activeFile: active,
        visibleFiles: source.visible,
        bundlerURL: PREVIEW_URL,
        bundlerTimeOut: CONNECT_TIMEOUT_MS,
        // The viewport gate already ran (index.tsx); start as soon as this mounts.
        initMode: 'immediate',
        // Re-run the scenario once the reader pauses typing, not on every keystroke.
        recompileDelay: 400
      }}
    >
      <NavigationBar base={base} />
      <Editor base={base} withCheck={!!exercise} />
      {exercise && <ExerciseCheck goal={exercise} source={source} />}
      <Preview title={title} />
      <Console title={title} />
    </SandpackProvider>
  )
}
