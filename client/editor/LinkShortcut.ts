import { Extension } from '@tiptap/core';

export interface LinkShortcutOptions {
  /** Called on Mod-k: the toolbar opens its link form for the current selection. */
  onRequest: () => void;
}

/** Mod-k asks for a link, as in most editors; the toolbar's link form does the rest. */
export const LinkShortcut = Extension.create<LinkShortcutOptions>({
  name: 'linkShortcut',
  addOptions() {
    return { onRequest: () => {} };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onRequest();
        return true;
      },
    };
  },
});
