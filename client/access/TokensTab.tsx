import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TOKEN_ROLES, type TokenRole } from '../../shared/access/playbookRole.js';
import { TOKEN_MAX_DAYS, type AccessToken } from '../../shared/api/accessApi.js';
import { listTokens, mintToken, revokeToken } from '../api/accessApi.js';
import { accessErrorKey } from './accessErrorKey.js';
import { ErrorLine } from './ErrorLine.js';
import { formatDay } from './formatDateTime.js';
import { wholeNumberIn } from './inviteForm.js';
import { SecretShownOnce } from './SecretShownOnce.js';
import { useRevocableList } from './useRevocableList.js';

/** Facilitators' access tokens for tools: mint one (its secret shown once), see the active ones, revoke. */
export function TokensTab({ playbookId }: { playbookId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'da';
  const id = useId();
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<TokenRole>('reader');
  const [days, setDays] = useState('30');
  const [showProblems, setShowProblems] = useState(false);
  const [sending, setSending] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const labelMissing = label.trim() === '';
  const expiresInDays = wholeNumberIn(days, 1, TOKEN_MAX_DAYS);

  const load = useCallback((signal: AbortSignal) => listTokens(playbookId, signal), [playbookId]);
  const list = useRevocableList<AccessToken>({
    load,
    revoke: async (token) => void (await revokeToken(playbookId, token.id)),
    loadFailedText: t('access.tokens.loadFailed'),
    revokedText: t('access.tokens.revoked'),
  });
  const { items: tokens, failure, setFailure, busy, announcement, revoke } = list;

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
      list.prepend(minted.token);
    } catch (error: unknown) {
      setFailure(t(accessErrorKey(error)));
    } finally {
      setSending(false);
    }
  };

  const active = tokens?.filter((token) => token.usable) ?? [];
  return (
    <div className="access-tab">
      {secret ? (
        <SecretShownOnce
          heading={t('access.tokens.secretLabel')}
          value={secret}
          fieldLabel={t('access.tokens.secretLabel')}
          copyLabel={t('access.tokens.copy')}
          copiedText={t('access.tokens.copied')}
          failedText={t('access.tokens.copyFailed')}
          onlyNow={t('access.tokens.onlyNow')}
          anotherLabel={t('access.tokens.another')}
          onAnother={() => {
            setSecret(null);
            setLabel('');
            setShowProblems(false);
          }}
          testId="token-secret"
        />
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
