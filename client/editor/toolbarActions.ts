import type { Editor } from '@tiptap/core';
import type { ToolbarIconName } from './ToolbarIcon.js';

/** Heading level the toolbar's heading button toggles: the page's section titles are level 2. */
export const TOOLBAR_HEADING_LEVEL = 3;

/** One toolbar button: what it does, whether it shows as pressed, and its key binding. */
export interface ToolbarAction {
  id: ToolbarIconName;
  /** tiptap key binding, e.g. "Mod-b"; the same keys work in the editor. */
  shortcut: string;
  run: (editor: Editor) => void;
  /** For toggles: whether the selection has it (aria-pressed). Undefined for plain buttons. */
  isActive?: (editor: Editor) => boolean;
  /** Whether it can run now (undo with nothing to undo cannot). */
  canRun?: (editor: Editor) => boolean;
  /** Starts a new group, drawn with a divider before it. */
  groupStart?: boolean;
}

/** The toolbar, in order. The link button opens a form instead and is handled by the toolbar itself. */
export const TOOLBAR_ACTIONS: readonly ToolbarAction[] = [
  {
    id: 'bold',
    shortcut: 'Mod-b',
    run: (editor) => editor.chain().focus().toggleBold().run(),
    isActive: (editor) => editor.isActive('bold'),
  },
  {
    id: 'italic',
    shortcut: 'Mod-i',
    run: (editor) => editor.chain().focus().toggleItalic().run(),
    isActive: (editor) => editor.isActive('italic'),
  },
  {
    id: 'heading',
    shortcut: `Mod-Alt-${TOOLBAR_HEADING_LEVEL}`,
    run: (editor) => editor.chain().focus().toggleHeading({ level: TOOLBAR_HEADING_LEVEL }).run(),
    isActive: (editor) => editor.isActive('heading', { level: TOOLBAR_HEADING_LEVEL }),
    groupStart: true,
  },
  {
    id: 'bulletList',
    shortcut: 'Mod-Shift-8',
    run: (editor) => editor.chain().focus().toggleBulletList().run(),
    isActive: (editor) => editor.isActive('bulletList'),
  },
  {
    id: 'orderedList',
    shortcut: 'Mod-Shift-7',
    run: (editor) => editor.chain().focus().toggleOrderedList().run(),
    isActive: (editor) => editor.isActive('orderedList'),
  },
  {
    id: 'link',
    shortcut: 'Mod-k',
    run: () => {},
    isActive: (editor) => editor.isActive('link'),
    groupStart: true,
  },
  {
    id: 'undo',
    shortcut: 'Mod-z',
    run: (editor) => editor.chain().focus().undo().run(),
    canRun: (editor) => editor.can().undo(),
    groupStart: true,
  },
  {
    id: 'redo',
    shortcut: 'Mod-Shift-z',
    run: (editor) => editor.chain().focus().redo().run(),
    canRun: (editor) => editor.can().redo(),
  },
];
