/** One sandbox's sources as they travel from sandboxes/ to the page (see static-props.ts). */
export interface SandboxSource {
  /** Sandpack paths (`/main.js`, `/shared/next.js`) → file contents. */
  files: Record<string, string>
  /** The sandbox's own files, in tab order; the shared model is hidden but present. */
  visible: string[]
}
