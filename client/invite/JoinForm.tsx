import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_CHARS } from '../../shared/api/authApi.js';
import type { InvitationPreview } from '../../shared/api/accessApi.js';
import { acceptInvitation, signUpByInvitation } from '../api/accessApi.js';
import { toApiError } from '../api/ApiError.js';
import { signIn } from '../api/authApi.js';
import { accessErrorKey } from '../access/accessErrorKey.js';
import { ErrorLine } from '../access/ErrorLine.js';
import { AuthField } from '../auth/AuthField.js';
import { signInFailure } from '../auth/signInFailure.js';
import { joinProblems, type JoinField } from './validateJoin.js';

/**
 * For someone who is not signed in: create an account in the invitation's organisation (the default), or
 * sign in with an existing one and accept. Either way `onJoined` gets the playbook to open. An e-mail address
 * that already has an account switches to signing in, with the address kept.
 */
export function JoinForm({
  secret,
  preview,
  onJoined,
}: {
  secret: string;
  preview: InvitationPreview;
  onJoined: (playbookId: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<'signUp' | 'signIn'>('signUp');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showProblems, setShowProblems] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const problems = joinProblems({ name, email, password }, mode);
  const problem = (field: JoinField) =>
    showProblems && problems[field] ? t(problems[field], { min: PASSWORD_MIN_CHARS }) : null;

  const switchTo = (next: 'signUp' | 'signIn') => {
    setMode(next);
    setShowProblems(false);
    setFailure(null);
    setPassword('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (Object.keys(problems).length > 0) {
      setShowProblems(true);
      return;
    }
    setSending(true);
    setFailure(null);
    try {
      if (mode === 'signUp') {
        const joined = await signUpByInvitation(secret, { email, displayName: name.trim(), password });
        onJoined(joined.playbookId);
      } else {
        await signInOrExplain();
        const joined = await acceptInvitation(secret);
        onJoined(joined.playbookId);
      }
    } catch (error: unknown) {
      const apiError = toApiError(error);
      if (apiError.code === 'email_taken') switchTo('signIn');
      setFailure(failureText(error));
      setSending(false);
    }
  };

  // Sign-in failures speak the sign-in page's language (wrong password, wait N minutes).
  const signInOrExplain = async () => {
    try {
      await signIn({ email, password });
    } catch (error: unknown) {
      const failed = signInFailure(toApiError(error));
      throw new SignInError(
        'minutes' in failed ? t(failed.messageKey, { minutes: failed.minutes }) : t(failed.messageKey),
      );
    }
  };

  const failureText = (error: unknown) => (error instanceof SignInError ? error.message : t(accessErrorKey(error)));

  const signingUp = mode === 'signUp';
  return (
    <form className="access-form" noValidate aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-heading`} className="access-form__heading">
        {signingUp ? t('access.invitePage.signUpHeading') : t('access.invitePage.signInHeading')}
      </h2>
      {signingUp && (
        <p className="access-form__intro">
          {t('access.invitePage.signUpIntro', { organisation: preview.organisation.name })}
        </p>
      )}
      {signingUp && (
        <AuthField
          id={`${id}-name`}
          label={t('access.invitePage.name')}
          hint={t('access.invitePage.nameHint')}
          error={problem('name')}
          value={name}
          autoComplete="name"
          maxLength={120}
          data-testid="join-name"
          onChange={(event) => setName(event.target.value)}
        />
      )}
      <AuthField
        id={`${id}-email`}
        label={t('access.invitePage.email')}
        error={problem('email')}
        type="email"
        value={email}
        autoComplete="email"
        data-testid="join-email"
        onChange={(event) => setEmail(event.target.value)}
      />
      <AuthField
        id={`${id}-password`}
        label={t('access.invitePage.password')}
        hint={signingUp ? t('access.invitePage.passwordHint', { min: PASSWORD_MIN_CHARS }) : undefined}
        error={problem('password')}
        type="password"
        value={password}
        autoComplete={signingUp ? 'new-password' : 'current-password'}
        data-testid="join-password"
        onChange={(event) => setPassword(event.target.value)}
      />
      <ErrorLine message={failure} testId="join-error" />
      <div>
        <button type="submit" className="button button--primary" aria-disabled={sending} data-testid="join-submit">
          {signingUp
            ? sending
              ? t('access.invitePage.signingUp')
              : t('access.invitePage.signUp')
            : sending
              ? t('access.invitePage.signingIn')
              : t('access.invitePage.signIn')}
        </button>
      </div>
      <p className="invite-page__switch">
        <span>{signingUp ? t('access.invitePage.haveAccount') : t('access.invitePage.noAccount')}</span>
        <button
          type="button"
          className="button button--quiet"
          data-testid="join-switch"
          onClick={() => switchTo(signingUp ? 'signIn' : 'signUp')}
        >
          {signingUp ? t('access.invitePage.signInInstead') : t('access.invitePage.signUpInstead')}
        </button>
      </p>
    </form>
  );
}

/** A failed sign-in, already put into words. */
class SignInError extends Error {
  override readonly name = 'SignInError';
}
