import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { playbookExtensions } from '../../shared/editor/extensions.js';
import { sectionFieldName } from '../../shared/playbook/layout.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import type { CollabSession } from '../collab/CollabSession.js';
import { awarenessUser } from '../collab/Peer.js';
import type { LocalUser } from '../identity/LocalUser.js';
import { CollaborativeUndoKeys } from './CollaborativeUndoKeys.js';
import { EditorToolbar } from './EditorToolbar.js';
import { LinkShortcut } from './LinkShortcut.js';
import { PersonalDataGuard } from './PersonalDataGuard.js';

/** How long the note about a removed CPR number stays. */
const PERSONAL_DATA_NOTE_MS = 8000;

interface SectionEditorProps {
  session: CollabSession;
  user: LocalUser;
  sectionId: SectionId;
  /** The section's title, for the toolbar's accessible name. */
  sectionTitle: string;
  /** False once the server refused us for good: typing would only pile up changes that cannot be saved. */
  editable: boolean;
  /** Shown in an empty section; derived from the section's prompts. */
  placeholder: string;
  /** Id of the element that labels the editor (the section heading). */
  labelledBy: string;
  /** Ids of the elements that describe the editor (purpose line, prompts). */
  describedBy: string;
}

/**
 * The rich text of one section: a tiptap editor bound to the section's Y.XmlFragment on the session's one
 * Y.Doc and provider, with other people's carets, per-user collaborative undo and a small toolbar.
 */
export function SectionEditor(props: SectionEditorProps) {
  const { session, user, sectionId, sectionTitle, editable, placeholder, labelledBy, describedBy } = props;
  const { t } = useTranslation();
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  // Counts CPR removals while the note shows (each one restarts its timer); null when it is hidden.
  const [removals, setRemovals] = useState<number | null>(null);
  const showPersonalDataNote = () => setRemovals((n) => (n ?? 0) + 1);
  useEffect(() => {
    if (removals === null) return;
    const timer = window.setTimeout(() => setRemovals(null), PERSONAL_DATA_NOTE_MS);
    return () => window.clearTimeout(timer);
  }, [removals]);
  const editor = useEditor(
    {
      extensions: [
        // The shared schema (StarterKit without its own undo: Collaboration brings one bound to the Y.Doc).
        ...playbookExtensions,
        Collaboration.configure({ document: session.doc, field: sectionFieldName(sectionId) }),
        CollaborationCaret.configure({ provider: session.provider, user: awarenessUser(user) }),
        CollaborativeUndoKeys,
        // Only marks the empty first paragraph; the text comes from a CSS variable so it follows the language.
        Placeholder.configure({ placeholder: '' }),
        LinkShortcut.configure({ onRequest: () => setLinkFormOpen(true) }),
        PersonalDataGuard.configure({ onRemoved: showPersonalDataNote }),
      ],
      editable,
      editorProps: {
        attributes: {
          class: 'section-editor__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelledBy,
          'aria-describedby': describedBy,
          spellcheck: 'true',
          lang: 'da',
          'data-testid': `editor-${sectionId}`,
        },
      },
    },
    // The editor is bound to one document and fragment: a new session needs a new editor. The user changes
    // in place (the session announces the new name), so it is not a dependency.
    [session, sectionId],
  );

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  return (
    <div className="section-editor" style={{ '--section-placeholder': JSON.stringify(placeholder) } as CSSProperties}>
      {editor && editable && (
        <EditorToolbar
          editor={editor}
          sectionTitle={sectionTitle}
          linkFormOpen={linkFormOpen}
          onLinkFormOpenChange={setLinkFormOpen}
        />
      )}
      <EditorContent editor={editor} />
      <p className="section-editor__personal-data" role="status" data-testid={`personal-data-note-${sectionId}`}>
        {removals !== null ? t('editor.personalDataRemoved') : ''}
      </p>
    </div>
  );
}
