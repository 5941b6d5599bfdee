import { useSandpack } from '@codesandbox/sandpack-react'
import { type KeyboardEvent, useRef } from 'react'
import styles from './Sandbox.module.css'

// One panel (the editor) serves every tab, so each tab controls it and it is labelled by the
// selected one. `base` comes from useId() in SandboxRoot, so two sandboxes on a page never clash.
export const tabId = (base: string, path: string) => `${base}tab${path}`
export const panelId = (base: string) => `${base}panel`

/**
 * The file tabs, as the WAI-ARIA tabs pattern with automatic activation (switching files is
 * instant): the arrow keys, Home and End move along the tabs and open each file. Only the open
 * file's tab is in the Tab order, so the bar costs keyboard users one stop, not one per file.
 */
export function FileTabs({ base }: { base: string }) {
  const { sandpack } = useSandpack()
  const { visibleFiles, activeFile, setActiveFile } = sandpack
  const tabs = useRef<(HTMLButtonElement | null)[]>([])

  function onKeyDown(event: KeyboardEvent, index: number) {
    const last = visibleFiles.length - 1
    const target = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last
    }[event.key]
    if (target === undefined) return
    event.preventDefault()
    setActiveFile(visibleFiles[target])
    tabs.current[target]?.focus()
  }

  return (
    <div role="tablist" aria-label="Files" className={styles.tabs}>
      {visibleFiles.map((path, index) => {
        const selected = path === activeFile
        return (
          <button
            key={path}
            ref={(node) => {
              tabs.current[index] = node
            }}
            type="button"
            role="tab"
            id={tabId(base, path)}
            aria-selected={selected}
            aria-controls={panelId(base)}
            tabIndex={selected ? 0 : -1}
            onClick={() => setActiveFile(path)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {path.slice(1)}
          </button>
        )
      })}
    </div>
  )
}
