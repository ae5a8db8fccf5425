import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TOKEN_ROLES, type TokenRole } from '../../shared/access/playbookRole.js';
import { TOKEN_MAX_DAYS, type AccessToken } from '../../shared/api/accessApi.js';
import { listTokens, mintToken, revokeToken } from '../api/accessApi.js';
import { accessErrorKey } from './accessErrorKey.js';
import { CopyField } from './CopyField.js';
import { ErrorLine } from './ErrorLine.js';
import { formatDay } from './formatDateTime.js';
import { wholeNumberIn } from './inviteForm.js';

/** Facilitators' access tokens for tools: mint one (its secret shown once), see the active ones, revoke. */
export function TokensTab({ playbookId }: { playbookId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'da';
  const id = useId();
  const [tokens, setTokens] = useState<AccessToken[] | null>(null);
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<TokenRole>('reader');
  const [days, setDays] = useState('30');
  const [showProblems, setShowProblems] = useState(false);
  const [sending, setSending] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const labelMissing = label.trim() === '';
  const expiresInDays = wholeNumberIn(days, 1, TOKEN_MAX_DAYS);

  const load = useCallback(
    (signal?: AbortSignal) => {
      listTokens(playbookId, signal).then(setTokens, () => {
        if (!signal?.aborted) setFailure(t('access.tokens.loadFailed'));
      });
    },
    [playbookId, t],
  );

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (labelMissing || expiresInDays === null) {
      setShowProblems(true);
      return;
    }
    setSending(true);
    setFailure(null);
    try {
      const minted = await mintToken(playbookId, { label: label.trim(), role, expiresInDays });
      setSecret(minted.secret);
      setTokens((current) => [minted.token, ...(current ?? [])]);
    } catch (error: unknown) {
      setFailure(t(accessErrorKey(error)));
    } finally {
      setSending(false);
    }
  };

  const revoke = async (token: AccessToken) => {
    setBusy(token.id);
    setFailure(null);
    try {
      await revokeToken(playbookId, token.id);
      setTokens((current) => current?.filter((x) => x.id !== token.id) ?? null);
      setAnnouncement(t('access.tokens.revoked'));
    } catch (error: unknown) {
      setFailure(t(accessErrorKey(error)));
    } finally {
      setBusy(null);
    }
  };

  const active = tokens?.filter((token) => token.usable) ?? [];
  return (
    <div className="access-tab">
      {secret ? (
        <section className="access-form access-form--done" aria-labelledby={`${id}-done`}>
          <h3 id={`${id}-done`} className="access-form__heading">
            {t('access.tokens.secretLabel')}
          </h3>
          <CopyField
            label={t('access.tokens.secretLabel')}
            value={secret}
            copyLabel={t('access.tokens.copy')}
            copiedText={t('access.tokens.copied')}
            failedText={t('access.tokens.copyFailed')}
            testId="token-secret"
          />
          <p className="access-form__once">{t('access.tokens.onlyNow')}</p>
          <div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setSecret(null);
                setLabel('');
                setShowProblems(false);
              }}
            >
              {t('access.tokens.another')}
            </button>
          </div>
        </section>
      ) : (
        <form className="access-form" noValidate aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)}>
          <h3 id={`${id}-heading`} className="access-form__heading">
            {t('access.tokens.heading')}
          </h3>
          <p className="access-form__intro">{t('access.tokens.intro')}</p>
          <div className={`field${showProblems && labelMissing ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={`${id}-label`}>
              {t('access.tokens.label')}
            </label>
            <input
              id={`${id}-label`}
              className="field__input"
              value={label}
              maxLength={120}
              placeholder={t('access.tokens.labelHint')}
              aria-invalid={showProblems && labelMissing}
              data-testid="token-label"
              onChange={(event) => setLabel(event.target.value)}
            />
            {showProblems && labelMissing && <p className="field__error">{t('access.tokens.problem.label')}</p>}
          </div>
          <div className="access-form__row">
            <div className="field">
              <label className="field__label" htmlFor={`${id}-role`}>
                {t('access.tokens.role')}
              </label>
              <select
                id={`${id}-role`}
                className="field__input"
                value={role}
                onChange={(event) => setRole(event.target.value as TokenRole)}
              >
                {TOKEN_ROLES.map((option) => (
                  <option key={option} value={option}>
                    {t(`access.role.${option}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className={`field${showProblems && expiresInDays === null ? ' field--invalid' : ''}`}>
              <label className="field__label" htmlFor={`${id}-days`}>
                {t('access.tokens.expiresInDays')}
              </label>
              <input
                id={`${id}-days`}
                className="field__input"
                type="number"
                inputMode="numeric"
                min={1}
                max={TOKEN_MAX_DAYS}
                value={days}
                aria-invalid={showProblems && expiresInDays === null}
                onChange={(event) => setDays(event.target.value)}
              />
              {showProblems && expiresInDays === null && (
                <p className="field__error">{t('access.tokens.problem.range', { min: 1, max: TOKEN_MAX_DAYS })}</p>
              )}
            </div>
          </div>
          <ErrorLine message={failure} testId="tokens-error" />
          <div>
            <button type="submit" className="button button--primary" aria-disabled={sending} data-testid="token-create">
              {sending ? t('access.tokens.creating') : t('access.tokens.create')}
            </button>
          </div>
        </form>
      )}
      <section className="access-list" aria-labelledby={`${id}-list`}>
        <h3 id={`${id}-list`} className="access-list__heading">
          {t('access.tokens.listHeading')}
        </h3>
        {tokens !== null && active.length === 0 && <p className="access-list__empty">{t('access.tokens.none')}</p>}
        {active.length > 0 && (
          <ul className="access-list__items" data-testid="token-list">
            {active.map((token) => (
              <li key={token.id} className="access-item" data-testid="token">
                <div className="access-item__what">
                  <span className="access-item__label">{token.label}</span>
                  <span className={`role-label role-label--${token.role}`}>{t(`access.role.${token.role}`)}</span>
                  <span className="access-item__meta">
                    {t('access.tokens.expires', { date: formatDay(token.expiresAt, language) })}
                  </span>
                </div>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t('access.tokens.revokeLabel', { label: token.label })}
                  disabled={busy !== null}
                  onClick={() => void revoke(token)}
                >
                  {t('access.tokens.revoke')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </section>
    </div>
  );
}
