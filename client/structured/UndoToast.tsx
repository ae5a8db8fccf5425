import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { StructuredIcon } from './StructuredIcon.js';

/** How long the undo offer stays when nobody is pointing at it or has focus in it, in milliseconds. */
export const UNDO_TOAST_MS = 10_000;

interface UndoToastProps {
  message: string;
  onUndo: () => void;
  /** Closes the toast; `byPerson` is true for the close button or Escape, false when it timed out. */
  onDismiss: (byPerson: boolean) => void;
}

/**
 * "Punktet er slettet. Fortryd": takes focus on the undo button so a keyboard user can undo at once, and
 * stays while focus or the pointer is in it. The editor announces the deletion in its own live region.
 */
export function UndoToast({ message, onUndo, onDismiss }: UndoToastProps) {
  const { t } = useTranslation();
  const undoButton = useRef<HTMLButtonElement>(null);
  const [held, setHeld] = useState(true);

  useEffect(() => {
    undoButton.current?.focus();
  }, [message]);

  useEffect(() => {
    if (held) return;
    const timer = window.setTimeout(() => onDismiss(false), UNDO_TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [held, onDismiss, message]);

  // In <body>, so no container of the editor (a size container, a transformed parent) can clip or move it.
  return createPortal(
    <div
      className="structured-toast"
      data-testid="undo-toast"
      onFocus={() => setHeld(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld(false);
      }}
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={(event) => {
        if (!event.currentTarget.contains(document.activeElement)) setHeld(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss(true);
      }}
    >
      <p className="structured-toast__message">{message}</p>
      <button ref={undoButton} type="button" className="structured-toast__undo" onClick={onUndo}>
        {t('structured.undo.action')}
      </button>
      <button
        type="button"
        className="structured-icon-button structured-toast__close"
        aria-label={t('structured.undo.dismiss')}
        onClick={() => onDismiss(true)}
      >
        <StructuredIcon name="close" />
      </button>
    </div>,
    document.body,
  );
}
