import { EditorView, keymap } from '@codemirror/view'

// Sandpack keeps the code itself out of the Tab order (tabindex -1) and puts a wrapper in front
// that Enter leads into. That leaves CodeMirror's scroller with nothing focusable inside it (axe:
// scrollable-region-focusable), so the code is a Tab stop of its own here.
const tabbable = EditorView.contentAttributes.of({ tabindex: '0' })

// Inside the code, Tab indents. Sandpack's Escape then moves focus to its wrapper, from where Tab
// lands in the code again: keyboard users could never get past the editor. CodeMirror's own
// convention instead: Escape, then Tab (or Shift+Tab) within 2 s, leaves the editor. As in plain
// CodeMirror, an Escape with text selected only collapses the selection (its default keymap).
const escapeThenTab = keymap.of([
  {
    key: 'Escape',
    run: (view) => {
      const { ranges, main } = view.state.selection
      if (ranges.length > 1 || !main.empty) return false
      view.setTabFocusMode(2000)
      return true
    }
  }
])

/** For CodeEditor's `extensions`: one module-level array, as Sandpack re-applies extensions whenever the array changes. */
export const keyboardAccess = [tabbable, escapeThenTab]
