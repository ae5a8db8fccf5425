import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.js';

/** How long a message stays; the clock stands still while the pointer or focus is on it. */
export const TOAST_DURATION_MS = 10_000;

export interface ToastMessage {
  /** A new id shows the message afresh (and restarts its clock), even with the same text. */
  id: number;
  text: string;
  tone: 'info' | 'error';
  /** One action such as "Fortryd"; it takes the focus when the message appears. */
  action?: { label: string; run: () => void };
}

type Dismiss = (hadFocus: boolean) => void;

/**
 * A short message at the bottom of the screen, announced to screen readers, with an optional action.
 * `onDismiss(hadFocus)` tells the page whether focus was inside, so it can put focus somewhere sensible.
 */
export function Toast({ toast, onDismiss }: { toast: ToastMessage | null; onDismiss: Dismiss }) {
  return (
    <div className="toast-region">
      <p className="visually-hidden" role="status">
        {toast?.text}
      </p>
      {toast && <ToastCard key={toast.id} toast={toast} onDismiss={onDismiss} />}
    </div>
  );
}

function ToastCard({ toast, onDismiss }: { toast: ToastMessage; onDismiss: Dismiss }) {
  const { t } = useTranslation();
  const textId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const actionRef = useRef<HTMLButtonElement>(null);
  const [pointerOn, setPointerOn] = useState(false);
  const [focusIn, setFocusIn] = useState(false);

  const dismiss = () => onDismiss(boxRef.current?.contains(document.activeElement) ?? false);
  const dismissRef = useRef(dismiss);
  useEffect(() => {
    dismissRef.current = dismiss;
  });

  useEffect(() => {
    actionRef.current?.focus();
  }, []);

  useEffect(() => {
    if (pointerOn || focusIn) return;
    const timer = window.setTimeout(() => dismissRef.current(), TOAST_DURATION_MS);
    return () => window.clearTimeout(timer);
  }, [pointerOn, focusIn]);

  return (
    <div
      ref={boxRef}
      className={`toast toast--${toast.tone}`}
      data-testid="toast"
      onPointerEnter={() => setPointerOn(true)}
      onPointerLeave={() => setPointerOn(false)}
      onFocus={() => setFocusIn(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocusIn(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') dismiss();
      }}
    >
      {toast.tone === 'error' && <Icon name="alert" className="toast__icon" />}
      <p id={textId} className="toast__text" aria-hidden="true">
        {toast.text}
      </p>
      {toast.action && (
        <button
          ref={actionRef}
          type="button"
          className="button toast__action"
          aria-describedby={textId}
          onClick={toast.action.run}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast__close" aria-label={t('list.toast.dismiss')} onClick={dismiss}>
        <Icon name="close" />
      </button>
    </div>
  );
}
