import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emailSchema, type Me } from '../../shared/api/authApi.js';
import { toApiError } from '../api/ApiError.js';
import { signIn } from '../api/authApi.js';
import { AppHeader } from '../components/AppHeader.js';
import { useDocumentTitle } from '../routing/useDocumentTitle.js';
import '../styles/auth.css';
import type { SignedOutNote } from './accountState.js';
import { AuthField } from './AuthField.js';
import { ShowPasswordToggle } from './ShowPasswordToggle.js';
import { signInFailure, type SignInFailure } from './signInFailure.js';

/**
 * "Log ind": e-mail and password. Wrong credentials and too many attempts are said in plain words; the
 * page stays at the address the person asked for, which shows once they are signed in.
 */
export function SignInPage({ note, onSignedIn }: { note: SignedOutNote | null; onSignedIn: (me: Me) => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signIn.title'));
  const id = useId();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SignInFailure | null>(null);

  const emailProblem =
    email.trim() === ''
      ? 'auth.errors.emailMissing'
      : emailSchema.safeParse(email).success
        ? null
        : 'auth.errors.emailInvalid';
  const passwordProblem = password === '' ? 'auth.signIn.passwordMissing' : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (emailProblem || passwordProblem) {
      setShowProblems(true);
      setFailure(null);
      (emailProblem ? emailRef : passwordRef).current?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onSignedIn(await signIn({ email, password }));
    } catch (error: unknown) {
      const next = signInFailure(toApiError(error));
      setFailure(next);
      setBusy(false);
      if (next.messageKey === 'auth.signIn.invalidCredentials') passwordRef.current?.select();
    }
  };

  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page page--narrow auth-page">
        <div className="card auth-card">
          <h1 className="auth-card__title">{t('auth.signIn.title')}</h1>
          {note && (
            <p className="auth-note" role="status" data-testid="sign-in-note">
              {t(`auth.notes.${note}`)}
            </p>
          )}
          <p className="auth-card__intro">{t('auth.signIn.intro')}</p>
          <form className="auth-form" onSubmit={(event) => void submit(event)} noValidate>
            <AuthField
              id={`${id}-email`}
              inputRef={emailRef}
              label={t('auth.fields.email')}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              autoCapitalize="none"
              spellCheck={false}
              // The form is the whole page: starting in its first field saves a click and a Tab.
              autoFocus
              value={email}
              error={showProblems && emailProblem ? t(emailProblem) : null}
              onChange={(event) => setEmail(event.target.value)}
            />
            <AuthField
              id={`${id}-password`}
              inputRef={passwordRef}
              label={t('auth.fields.password')}
              type={showPassword ? 'text' : 'password'}
              name="password"
              autoComplete="current-password"
              value={password}
              error={showProblems && passwordProblem ? t(passwordProblem) : null}
              onChange={(event) => setPassword(event.target.value)}
            />
            <ShowPasswordToggle shown={showPassword} onChange={setShowPassword} />
            {failure && (
              <p className="auth-error" role="alert" data-testid="sign-in-error">
                {failure.messageKey === 'auth.signIn.tooManyAttempts'
                  ? t(failure.messageKey, { count: failure.minutes })
                  : t(failure.messageKey)}
              </p>
            )}
            <button type="submit" className="button button--primary auth-form__submit" aria-disabled={busy}>
              {busy ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
            </button>
          </form>
          <p className="auth-card__footnote">{t('auth.signIn.noAccount')}</p>
        </div>
      </main>
    </>
  );
}
