import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_CHARS, type Me } from '../../shared/api/authApi.js';
import { PARTNER_KINDS } from '../../shared/playbook/PartnerKind.js';
import { toApiError, type ApiErrorMessageKey } from '../api/ApiError.js';
import { setUp } from '../api/authApi.js';
import { AppHeader } from '../components/AppHeader.js';
import { useDocumentTitle } from '../routing/useDocumentTitle.js';
import '../styles/auth.css';
import { AuthField } from './AuthField.js';
import { ShowPasswordToggle } from './ShowPasswordToggle.js';
import { SETUP_FIELDS, validateSetup, type SetupField, type SetupForm } from './validateSetup.js';

const EMPTY_FORM: SetupForm = {
  organisationName: '',
  organisationKind: null,
  displayName: '',
  email: '',
  password: '',
  passwordAgain: '',
};

interface SetupPageProps {
  onSignedIn: (me: Me) => void;
  /** Someone else finished the setup first: there is an account now, so sign in instead. */
  onAlreadySetUp: () => void;
}

/**
 * The first run, while the server has no account: the organisation (name and kind) and its first
 * administrator (name, e-mail, password twice). Creating them signs the administrator in.
 */
export function SetupPage({ onSignedIn, onAlreadySetUp }: SetupPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.setup.title'));
  const id = useId();
  const fieldId = (field: SetupField) => `${id}-${field}`;
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<SetupForm>(EMPTY_FORM);
  const [showPassword, setShowPassword] = useState(false);
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiErrorMessageKey | null>(null);

  const problems = validateSetup(form);
  const problem = (field: SetupField) => {
    const key = showProblems ? problems[field] : undefined;
    return key ? t(key, { min: PASSWORD_MIN_CHARS }) : null;
  };
  const text = (field: Exclude<SetupField, 'organisationKind'>) => ({
    id: fieldId(field),
    value: form[field],
    error: problem(field),
    onChange: (event: { target: { value: string } }) =>
      setForm((previous) => ({ ...previous, [field]: event.target.value })),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const first = SETUP_FIELDS.find((field) => problems[field] !== undefined);
    if (first || form.organisationKind === null) {
      setShowProblems(true);
      setFailure(null);
      formRef.current?.querySelector<HTMLInputElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onSignedIn(
        await setUp({
          organisation: { name: form.organisationName.trim(), kind: form.organisationKind },
          administrator: { email: form.email, displayName: form.displayName.trim(), password: form.password },
        }),
      );
    } catch (error: unknown) {
      const apiError = toApiError(error);
      if (apiError.code === 'already_set_up') {
        onAlreadySetUp();
        return;
      }
      setFailure(apiError.messageKey);
      setBusy(false);
    }
  };

  const kindError = problem('organisationKind');
  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page page--narrow auth-page">
        <div className="card auth-card">
          <h1 className="auth-card__title">{t('auth.setup.title')}</h1>
          <p className="auth-card__intro">{t('auth.setup.intro')}</p>
          <form ref={formRef} className="auth-form" onSubmit={(event) => void submit(event)} noValidate>
            <fieldset className="auth-form__group">
              <legend className="auth-form__legend">{t('auth.setup.organisationHeading')}</legend>
              <AuthField
                {...text('organisationName')}
                data-field="organisationName"
                label={t('auth.setup.organisationName')}
                hint={t('auth.setup.organisationNameHint')}
                type="text"
                autoComplete="organization"
                // The form is the whole page: starting in its first field saves a click and a Tab.
                autoFocus
              />
              <fieldset
                className={`field auth-kinds${kindError ? ' field--invalid' : ''}`}
                aria-describedby={kindError ? `${fieldId('organisationKind')}-error` : undefined}
              >
                <legend className="field__label">{t('auth.setup.organisationKind')}</legend>
                {PARTNER_KINDS.map((kind, index) => (
                  <label key={kind} className="choice">
                    <input
                      type="radio"
                      name={fieldId('organisationKind')}
                      value={kind}
                      data-field={index === 0 ? 'organisationKind' : undefined}
                      checked={form.organisationKind === kind}
                      onChange={() => setForm((previous) => ({ ...previous, organisationKind: kind }))}
                    />
                    <span className="choice__text">{t(`auth.setup.kinds.${kind}`)}</span>
                  </label>
                ))}
                {kindError && (
                  <p id={`${fieldId('organisationKind')}-error`} className="field__error">
                    {kindError}
                  </p>
                )}
              </fieldset>
            </fieldset>
            <fieldset className="auth-form__group">
              <legend className="auth-form__legend">{t('auth.setup.administratorHeading')}</legend>
              <AuthField
                {...text('displayName')}
                data-field="displayName"
                label={t('auth.setup.displayName')}
                hint={t('auth.setup.displayNameHint')}
                type="text"
                autoComplete="name"
              />
              <AuthField
                {...text('email')}
                data-field="email"
                label={t('auth.fields.email')}
                type="email"
                autoComplete="email"
                inputMode="email"
                autoCapitalize="none"
                spellCheck={false}
              />
              <AuthField
                {...text('password')}
                data-field="password"
                label={t('auth.setup.password')}
                hint={t('auth.setup.passwordHint', { min: PASSWORD_MIN_CHARS })}
                type={showPassword ? 'text' : 'password'}
                autoComplete="new-password"
              />
              <AuthField
                {...text('passwordAgain')}
                data-field="passwordAgain"
                label={t('auth.setup.passwordAgain')}
                type={showPassword ? 'text' : 'password'}
                autoComplete="new-password"
              />
              <ShowPasswordToggle shown={showPassword} onChange={setShowPassword} />
            </fieldset>
            {failure && (
              <p className="auth-error" role="alert" data-testid="setup-error">
                {t('auth.setup.failed')} {t(failure)}
              </p>
            )}
            <button type="submit" className="button button--primary auth-form__submit" aria-disabled={busy}>
              {busy ? t('auth.setup.submitting') : t('auth.setup.submit')}
            </button>
          </form>
        </div>
      </main>
    </>
  );
}
