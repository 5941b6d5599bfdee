// Types for the remark plugin, so the snippet test can import readSnippet from TypeScript.
export function readSnippet(path: string, region?: string): string
export default function remarkSource(): (tree: unknown, file: { path?: string }) => void
