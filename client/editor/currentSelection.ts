import type { Editor } from '@tiptap/core';

/**
 * The editor's selection as the person sees it. ProseMirror reads a selection made with the keyboard
 * (Shift+Home) from the DOM a moment later, on `selectionchange`; a shortcut pressed right after would
 * otherwise act on the old one. Falls back to the editor state when the DOM selection is elsewhere.
 */
export function currentSelection(editor: Editor): { from: number; to: number } {
  const { view } = editor;
  const dom = window.getSelection();
  if (dom && dom.anchorNode && dom.focusNode && view.dom.contains(dom.anchorNode) && view.dom.contains(dom.focusNode)) {
    try {
      const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
      const head = view.posAtDOM(dom.focusNode, dom.focusOffset);
      return { from: Math.min(anchor, head), to: Math.max(anchor, head) };
    } catch {
      // reason: a DOM position ProseMirror cannot map (inside a caret label, say); its own state will do.
    }
  }
  return { from: editor.state.selection.from, to: editor.state.selection.to };
}
