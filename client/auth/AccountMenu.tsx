import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../api/ApiError.js';
import { useMenuButton } from '../components/useMenuButton.js';
import { hasUnsavedLocalCopies } from '../collab/discardLocalCopies.js';
import '../styles/auth.css';
import { useMaybeAccount } from './AccountContext.js';
import { UnsavedSignOutDialog } from './UnsavedSignOutDialog.js';

type Action = 'signOut' | 'signOutEverywhere';
const ACTIONS: readonly Action[] = ['signOut', 'signOutEverywhere'];

/**
 * Who is signed in (name and organisation) as a menu button in the header, with "Log ud" and "Log ud på
 * alle enheder" (WAI-ARIA menu button: Enter, Space or the arrow keys open it, the arrow keys move, Escape
 * closes it and returns to the button, Tab or a click outside closes it). Nothing when nobody is signed in.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const account = useMaybeAccount();
  const { menuId, open, active, rootRef, buttonRef, itemRef, openAt, close, onButtonKey, onMenuKey } = useMenuButton(
    ACTIONS.length,
  );
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Action | null>(null);

  if (!account?.me) return null;
  const { me } = account;

  const run = async (action: Action, confirmed = false) => {
    close(true);
    setFailure(null);
    // Signing out deletes this browser's copies: ask first when one holds changes the server lacks.
    if (!confirmed && hasUnsavedLocalCopies(me.user.id)) {
      setConfirming(action);
      return;
    }
    try {
      await account[action]();
    } catch (error: unknown) {
      setFailure(`${t('auth.menu.signOutFailed')} ${t(toApiError(error).messageKey)}`);
    }
  };

  return (
    <div className="account-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="account-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('auth.menu.label', { name: me.user.displayName, organisation: me.organisation.name })}
        data-testid="account-menu"
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        <span className="account-menu__name">{me.user.displayName}</span>
        <span className="account-menu__organisation">{me.organisation.name}</span>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label={t('auth.menu.title')}
          className="account-menu__list"
          onKeyDown={onMenuKey}
        >
          {ACTIONS.map((action, index) => (
            <button
              key={action}
              ref={itemRef(index)}
              type="button"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              className="account-menu__item"
              onClick={() => void run(action)}
            >
              {t(`auth.menu.${action}`)}
            </button>
          ))}
        </div>
      )}
      {confirming && (
        <UnsavedSignOutDialog
          onConfirm={() => {
            setConfirming(null);
            void run(confirming, true);
          }}
          onCancel={() => setConfirming(null)}
        />
      )}
      {failure && (
        <p className="account-menu__failure" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
