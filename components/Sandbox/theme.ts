import type { SandpackTheme } from '@codesandbox/sandpack-react'

// Every colour is a CSS variable from Sandbox.module.css, so the sandbox follows Nextra's dark-mode
// toggle (the `dark` class on <html>) with no re-render and no second Sandpack theme.
const v = (name: string) => `var(--sbx-${name})`

export const theme: SandpackTheme = {
  colors: {
    surface1: v('surface1'),
    surface2: v('surface2'),
    surface3: v('surface3'),
    disabled: v('disabled'),
    base: v('base'),
    clickable: v('clickable'),
    hover: v('hover'),
    accent: v('accent'),
    error: v('error'),
    errorSurface: v('error-surface')
  },
  syntax: {
    plain: v('plain'),
    comment: { color: v('comment'), fontStyle: 'italic' },
    keyword: v('keyword'),
    definition: v('definition'),
    punctuation: v('plain'),
    property: v('property'),
    tag: v('tag'),
    static: v('property'),
    string: v('string')
  },
  font: {
    body: 'inherit',
    mono: v('mono'),
    size: '13px',
    lineHeight: '20px'
  }
}
