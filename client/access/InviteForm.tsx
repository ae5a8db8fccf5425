import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAYBOOK_ROLES, type PlaybookRole } from '../../shared/access/playbookRole.js';
import { INVITATION_MAX_DAYS, INVITATION_MAX_USES, type Invitation } from '../../shared/api/accessApi.js';
import type { OrganisationDto } from '../../shared/api/authApi.js';
import { PARTNER_KINDS, type PartnerKind } from '../../shared/playbook/PartnerKind.js';
import { createInvitation, listOrganisations } from '../api/accessApi.js';
import { accessErrorKey } from './accessErrorKey.js';
import { SecretShownOnce } from './SecretShownOnce.js';
import { ErrorLine } from './ErrorLine.js';
import { INVITE_FORM_DEFAULTS, invitationBody, inviteFormProblems, type InviteFormValues } from './inviteForm.js';

/**
 * Creates an invitation link: role, whose organisation the invitee joins (an existing one, or a new one
 * named here), how many days the link works and how many people may use it. The link is shown once, with a
 * copy button, because the server never shows its secret again.
 */
export function InviteForm({ playbookId, onCreated }: { playbookId: string; onCreated: (i: Invitation) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<InviteFormValues>(INVITE_FORM_DEFAULTS);
  const [organisations, setOrganisations] = useState<OrganisationDto[] | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const problems = inviteFormProblems(values);

  useEffect(() => {
    const controller = new AbortController();
    listOrganisations(controller.signal).then(
      (found) => {
        setOrganisations(found);
        // Nothing to choose from yet: naming the new organisation is the only way on.
        if (found.length === 0) setValues((v) => ({ ...v, organisationMode: 'new' }));
      },
      () => {
        if (!controller.signal.aborted) setOrganisations([]);
      },
    );
    return () => controller.abort();
  }, []);

  const set = <K extends keyof InviteFormValues>(key: K, value: InviteFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

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
      const created = await createInvitation(playbookId, invitationBody(values));
      setLink(`${window.location.origin}${created.path}`);
      onCreated(created.invitation);
    } catch (error: unknown) {
      setFailure(t(accessErrorKey(error)));
    } finally {
      setSending(false);
    }
  };

  if (link) {
    return (
      <SecretShownOnce
        heading={t('access.invite.created')}
        value={link}
        fieldLabel={t('access.invite.linkLabel')}
        copyLabel={t('access.invite.copy')}
        copiedText={t('access.invite.copied')}
        failedText={t('access.invite.copyFailed')}
        onlyNow={t('access.invite.onlyNow')}
        anotherLabel={t('access.invite.another')}
        onAnother={() => {
          setLink(null);
          setValues((v) => ({ ...INVITE_FORM_DEFAULTS, organisationMode: v.organisationMode }));
          setShowProblems(false);
        }}
        testId="invite-link"
      />
    );
  }

  const problem = (field: keyof typeof problems, max: number) =>
    showProblems && problems[field] ? (
      <p id={`${id}-${field}-problem`} className="field__error">
        {t(problems[field], { min: 1, max })}
      </p>
    ) : null;
  const invalid = (field: keyof typeof problems) => showProblems && problems[field] !== undefined;

  return (
    <form className="access-form" noValidate aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)}>
      <h3 id={`${id}-heading`} className="access-form__heading">
        {t('access.invite.heading')}
      </h3>
      <p className="access-form__intro">{t('access.invite.intro')}</p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-role`}>
          {t('access.invite.role')}
        </label>
        <select
          id={`${id}-role`}
          className="field__input"
          value={values.role}
          aria-describedby={`${id}-role-hint`}
          data-testid="invite-role"
          onChange={(event) => set('role', event.target.value as PlaybookRole)}
        >
          {PLAYBOOK_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`access.role.${role}`)}
            </option>
          ))}
        </select>
        <p id={`${id}-role-hint`} className="field__hint">
          {t(`access.roleHint.${values.role}`)}
        </p>
      </div>
      <fieldset className={`field access-form__fieldset${invalid('organisation') ? ' field--invalid' : ''}`}>
        <legend className="field__label">{t('access.invite.organisation')}</legend>
        <label className="access-form__radio">
          <input
            type="radio"
            name={`${id}-org-mode`}
            checked={values.organisationMode === 'existing'}
            disabled={organisations?.length === 0}
            onChange={() => set('organisationMode', 'existing')}
          />
          {t('access.invite.existingOrganisation')}
        </label>
        {values.organisationMode === 'existing' &&
          (organisations === null ? (
            <p role="status">{t('access.invite.organisationsLoading')}</p>
          ) : (
            <select
              className="field__input access-form__nested"
              aria-label={t('access.invite.chooseOrganisation')}
              value={values.organisationId}
              data-testid="invite-organisation"
              onChange={(event) => set('organisationId', event.target.value)}
            >
              <option value="">{t('access.invite.choosePlaceholder')}</option>
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name} ({t(`access.kind.${organisation.kind}`)})
                </option>
              ))}
            </select>
          ))}
        <label className="access-form__radio">
          <input
            type="radio"
            name={`${id}-org-mode`}
            checked={values.organisationMode === 'new'}
            data-testid="invite-new-organisation"
            onChange={() => set('organisationMode', 'new')}
          />
          {t('access.invite.newOrganisation')}
        </label>
        {values.organisationMode === 'new' && (
          <div className="access-form__nested access-form__row">
            <div className="field">
              <label className="field__label" htmlFor={`${id}-new-name`}>
                {t('access.invite.newName')}
              </label>
              <input
                id={`${id}-new-name`}
                className="field__input"
                value={values.newName}
                maxLength={120}
                placeholder={t('access.invite.newNameHint')}
                data-testid="invite-new-name"
                onChange={(event) => set('newName', event.target.value)}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-new-kind`}>
                {t('access.invite.newKind')}
              </label>
              <select
                id={`${id}-new-kind`}
                className="field__input"
                value={values.newKind}
                data-testid="invite-new-kind"
                onChange={(event) => set('newKind', event.target.value as PartnerKind)}
              >
                {PARTNER_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`access.kind.${kind}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        )}
        {problem('organisation', 0)}
      </fieldset>
      <div className="access-form__row">
        <div className={`field${invalid('expiresInDays') ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-days`}>
            {t('access.invite.expiresInDays')}
          </label>
          <input
            id={`${id}-days`}
            className="field__input"
            type="number"
            inputMode="numeric"
            min={1}
            max={INVITATION_MAX_DAYS}
            value={values.expiresInDays}
            aria-invalid={invalid('expiresInDays')}
            aria-describedby={invalid('expiresInDays') ? `${id}-expiresInDays-problem` : undefined}
            data-testid="invite-days"
            onChange={(event) => set('expiresInDays', event.target.value)}
          />
          {problem('expiresInDays', INVITATION_MAX_DAYS)}
        </div>
        <div className={`field${invalid('maxUses') ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${id}-uses`}>
            {t('access.invite.maxUses')}
          </label>
          <input
            id={`${id}-uses`}
            className="field__input"
            type="number"
            inputMode="numeric"
            min={1}
            max={INVITATION_MAX_USES}
            value={values.maxUses}
            aria-invalid={invalid('maxUses')}
            aria-describedby={invalid('maxUses') ? `${id}-maxUses-problem` : undefined}
            data-testid="invite-uses"
            onChange={(event) => set('maxUses', event.target.value)}
          />
          {problem('maxUses', INVITATION_MAX_USES)}
        </div>
      </div>
      <ErrorLine message={failure} testId="invite-error" />
      <div>
        <button type="submit" className="button button--primary" aria-disabled={sending} data-testid="invite-create">
          {sending ? t('access.invite.creating') : t('access.invite.create')}
        </button>
      </div>
    </form>
  );
}
