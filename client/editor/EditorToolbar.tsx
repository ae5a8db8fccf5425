import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkForm } from './LinkForm.js';
import { shortcutLabel } from './shortcutLabel.js';
import { TOOLBAR_ACTIONS } from './toolbarActions.js';
import { ToolbarIcon } from './ToolbarIcon.js';

interface EditorToolbarProps {
  editor: Editor;
  sectionTitle: string;
  linkFormOpen: boolean;
  onLinkFormOpenChange: (open: boolean) => void;
}

/**
 * The formatting toolbar of one section editor. One tab stop (arrow keys move between buttons, as the
 * WAI-ARIA toolbar pattern has it), every button with its keyboard shortcut in its tooltip and in
 * `aria-keyshortcuts`. Buttons keep the editor's selection (mouse down does not steal focus).
 */
export function EditorToolbar({ editor, sectionTitle, linkFormOpen, onLinkFormOpenChange }: EditorToolbarProps) {
  const { t } = useTranslation();
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      Object.fromEntries(
        TOOLBAR_ACTIONS.map((action) => [
          action.id,
          {
            active: action.isActive?.(current) ?? null,
            enabled: current.isEditable && (action.canRun?.(current) ?? true),
          },
        ]),
      ),
  });

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = TOOLBAR_ACTIONS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (focusIndex + 1) % (last + 1)
        : event.key === 'ArrowLeft'
          ? (focusIndex + last) % (last + 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  return (
    <div className="editor-toolbar-wrap">
      <div
        className="editor-toolbar"
        role="toolbar"
        aria-label={t('editor.toolbar.label', { section: sectionTitle })}
        onKeyDown={move}
      >
        {TOOLBAR_ACTIONS.map((action, index) => {
          const { active, enabled } = state[action.id] ?? { active: null, enabled: false };
          const shortcut = shortcutLabel(action.shortcut);
          const label = t(`editor.toolbar.${action.id}`);
          const isLink = action.id === 'link';
          return (
            <button
              key={action.id}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              className={`editor-toolbar__button${action.groupStart ? ' editor-toolbar__button--group' : ''}`}
              tabIndex={index === focusIndex ? 0 : -1}
              aria-label={label}
              title={`${label} (${shortcut.text})`}
              aria-keyshortcuts={shortcut.aria}
              aria-pressed={active === null ? undefined : active}
              aria-expanded={isLink ? linkFormOpen : undefined}
              aria-disabled={enabled ? undefined : true}
              onMouseDown={(event) => event.preventDefault()}
              onFocus={() => setFocusIndex(index)}
              onClick={() => {
                if (!enabled) return;
                if (isLink) onLinkFormOpenChange(!linkFormOpen);
                else action.run(editor);
              }}
            >
              <ToolbarIcon name={action.id} />
            </button>
          );
        })}
      </div>
      {linkFormOpen && <LinkForm editor={editor} onClose={() => onLinkFormOpenChange(false)} />}
    </div>
  );
}
