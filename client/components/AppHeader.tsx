import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountMenu } from '../auth/AccountMenu.js';
import { AppLink } from './AppLink.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/**
 * The bar on every page: the product name (a link home), optional page controls, the language switch and
 * who is signed in (with signing out).
 */
export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <AppLink href="/" className="brand" aria-label={t('app.home')}>
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{t('app.name')}</span>
        </AppLink>
        <div className="app-header__actions">
          {children}
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
