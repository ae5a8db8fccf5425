import type { Editor } from '@tiptap/core';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentSelection } from './currentSelection.js';
import { normaliseLinkHref } from './normaliseLinkHref.js';

/**
 * The small form under the toolbar that adds, changes or removes a link on the selection. With nothing
 * selected, the address itself is inserted as linked text. Escape closes it and returns to the text.
 */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const existing: unknown = editor.getAttributes('link')['href'];
  const [value, setValue] = useState(typeof existing === 'string' ? existing : '');
  const [invalid, setInvalid] = useState(false);
  // The selection the form was opened for: focus moves into the form, so remember it to apply it there.
  const [range] = useState(() => currentSelection(editor));
  const hasLink = editor.isActive('link');

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const href = normaliseLinkHref(value);
    if (href === null) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus().setTextSelection(range);
    if (range.from === range.to && !hasLink) {
      chain.insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange('link').setLink({ href }).run();
    }
    onClose();
  };

  const remove = () => {
    editor.chain().focus().setTextSelection(range).extendMarkRange('link').unsetLink().run();
    onClose();
  };

  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  return (
    <form className="link-form" onSubmit={apply} onKeyDown={escape} noValidate>
      <label className="link-form__label" htmlFor={`${id}-href`}>
        {t('editor.link.label')}
      </label>
      <input
        id={`${id}-href`}
        className="field__input link-form__input"
        type="text"
        inputMode="url"
        autoComplete="url"
        // The form opens on the user's own request (button or Ctrl+K), so focus belongs here.
        autoFocus
        placeholder="https://"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setInvalid(false);
        }}
      />
      <div className="link-form__actions">
        <button type="submit" className="button button--primary button--small">
          {t('editor.link.apply')}
        </button>
        {hasLink && (
          <button type="button" className="button button--secondary button--small" onClick={remove}>
            {t('editor.link.remove')}
          </button>
        )}
        <button type="button" className="button button--quiet button--small" onClick={close}>
          {t('editor.link.cancel')}
        </button>
      </div>
      {invalid && (
        <p id={`${id}-error`} className="field__error link-form__error" role="alert">
          {t('editor.link.invalid')}
        </p>
      )}
    </form>
  );
}
