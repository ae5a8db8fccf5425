import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { playbookExtensions } from '../../shared/editor/extensions.js';
import type { CollabSession } from '../collab/CollabSession.js';
import type { LocalUser } from '../identity/LocalUser.js';

/** The Y.XmlFragment of the playbook's Y.Doc that holds the shared notes. */
export const NOTES_FIELD = 'notes';

interface NotesEditorProps {
  session: CollabSession;
  user: LocalUser;
  /** False once the server refused us for good: typing would only pile up changes that cannot be saved. */
  editable: boolean;
  /** Id of the element that labels the editor (its heading). */
  labelledBy: string;
  /** Id of the element that describes the editor (its intro text). */
  describedBy: string;
}

/** One collaborative rich-text editor bound to the `notes` fragment of the session's Y.Doc. */
export function NotesEditor({ session, user, editable, labelledBy, describedBy }: NotesEditorProps) {
  const { t } = useTranslation();
  const placeholder = t('playbook.placeholder');
  const editor = useEditor(
    {
      extensions: [
        // The shared schema (StarterKit without its own undo: Collaboration brings one bound to the Y.Doc).
        ...playbookExtensions,
        Collaboration.configure({ document: session.doc, field: NOTES_FIELD }),
        CollaborationCaret.configure({ provider: session.provider, user: { name: user.name, color: user.color } }),
      ],
      editable,
      editorProps: {
        attributes: {
          class: 'notes-editor__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelledBy,
          'aria-describedby': describedBy,
          spellcheck: 'true',
          lang: 'da',
        },
      },
    },
    // The editor is bound to one document: a new session needs a new editor. The user changes in place.
    [session],
  );

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.updateUser({ name: user.name, color: user.color });
  }, [editor, user]);

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  return (
    <div className="notes-editor" style={{ '--notes-placeholder': JSON.stringify(placeholder) } as CSSProperties}>
      <EditorContent editor={editor} />
    </div>
  );
}
