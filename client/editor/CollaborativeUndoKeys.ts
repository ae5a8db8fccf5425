import { Extension } from '@tiptap/core';
import '@tiptap/extension-collaboration';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/**
 * Routes every undo and redo gesture to the Collaboration extension's Yjs undo manager, which tracks only
 * this browser's own changes to the section: undo never takes back what someone else wrote.
 *
 * The Collaboration extension binds Mod-z itself, but when its stack is empty the key falls through to the
 * browser's native contenteditable undo, which knows nothing about Yjs and can revert text the editor did
 * not expect. Here the keys are always handled, and the browser's own undo (Edit menu, context menu,
 * `beforeinput` "historyUndo") is routed the same way.
 */
export const CollaborativeUndoKeys = Extension.create({
  name: 'collaborativeUndoKeys',
  // Above Collaboration (1000), so these bindings run first.
  priority: 1001,

  addKeyboardShortcuts() {
    const undo = () => {
      this.editor.commands.undo();
      return true;
    };
    const redo = () => {
      this.editor.commands.redo();
      return true;
    };
    return { 'Mod-z': undo, 'Mod-Z': undo, 'Shift-Mod-z': redo, 'Shift-Mod-Z': redo, 'Mod-y': redo, 'Mod-Y': redo };
  },

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('collaborativeUndoInput'),
        props: {
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return false;
              event.preventDefault();
              if (event.inputType === 'historyUndo') editor.commands.undo();
              else editor.commands.redo();
              return true;
            },
          },
        },
      }),
    ];
  },
});
