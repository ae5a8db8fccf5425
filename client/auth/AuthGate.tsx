import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../components/AppHeader.js';
import '../styles/auth.css';
import { AccountContext } from './AccountContext.js';
import { SetupPage } from './SetupPage.js';
import { SignInPage } from './SignInPage.js';
import { useAccountState } from './useAccountState.js';

interface AuthGateProps {
  /** The page works without an account (an invitation link): show it whatever the sign-in state. */
  open: boolean;
  children: ReactNode;
}

/**
 * Shows `children` (the page at the current address) to a signed-in person, and otherwise what they need
 * first: the first-run setup while no account exists, else the sign-in page. The address never changes,
 * so after signing in the page they asked for appears. Children read the account with `useAccount()`.
 */
export function AuthGate({ open, children }: AuthGateProps) {
  const { t } = useTranslation();
  const { state, value, retry, showSignIn } = useAccountState();

  let content: ReactNode;
  if (state.kind === 'signedIn' || open) {
    content = children;
  } else if (state.kind === 'loading') {
    content = (
      <>
        <AppHeader />
        <main id="main" tabIndex={-1} className="page page--narrow auth-page">
          <p className="auth-loading" role="status">
            {t('auth.loading')}
          </p>
        </main>
      </>
    );
  } else if (state.kind === 'failed') {
    content = (
      <>
        <AppHeader />
        <main id="main" tabIndex={-1} className="page page--narrow auth-page">
          <div className="card notice-card" role="alert">
            <h1 className="notice-card__title">{t('auth.loadFailed.title')}</h1>
            <p>{t(state.error.messageKey)}</p>
            <button type="button" className="button button--primary" onClick={retry}>
              {t('auth.loadFailed.retry')}
            </button>
          </div>
        </main>
      </>
    );
  } else if (state.setupNeeded) {
    content = <SetupPage onSignedIn={value.signedIn} onAlreadySetUp={() => showSignIn('alreadySetUp')} />;
  } else {
    content = <SignInPage note={state.note} onSignedIn={value.signedIn} />;
  }
  return <AccountContext.Provider value={value}>{content}</AccountContext.Provider>;
}
