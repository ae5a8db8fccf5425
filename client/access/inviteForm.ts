import { INVITATION_MAX_DAYS, INVITATION_MAX_USES, type CreateInvitationBody } from '../../shared/api/accessApi.js';
import type { PartnerKind } from '../../shared/playbook/PartnerKind.js';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';

/** The invite form as typed: numbers are still text, so a half-typed "1" can be checked and explained. */
export interface InviteFormValues {
  role: PlaybookRole;
  /** An existing organisation (its id) or a new one named in the form. */
  organisationMode: 'existing' | 'new';
  organisationId: string;
  newName: string;
  newKind: PartnerKind;
  expiresInDays: string;
  maxUses: string;
}

export const INVITE_FORM_DEFAULTS: InviteFormValues = {
  role: 'editor',
  organisationMode: 'existing',
  organisationId: '',
  newName: '',
  newKind: 'akasse',
  expiresInDays: '14',
  maxUses: '1',
};

/** A field of the form and the translation key of what is wrong with it. */
export type InviteFormProblems = Partial<
  Record<
    'organisation' | 'expiresInDays' | 'maxUses',
    'access.invite.problem.organisation' | 'access.invite.problem.range'
  >
>;

/** A whole number between min and max, or null (the text "3.5", "", "0" and "abc" are not). */
export function wholeNumberIn(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** What keeps the form from being sent, field by field; empty when it can be sent. */
export function inviteFormProblems(values: InviteFormValues): InviteFormProblems {
  const problems: InviteFormProblems = {};
  const organisationMissing =
    values.organisationMode === 'existing' ? values.organisationId === '' : values.newName.trim() === '';
  if (organisationMissing) problems.organisation = 'access.invite.problem.organisation';
  if (wholeNumberIn(values.expiresInDays, 1, INVITATION_MAX_DAYS) === null) {
    problems.expiresInDays = 'access.invite.problem.range';
  }
  if (wholeNumberIn(values.maxUses, 1, INVITATION_MAX_USES) === null) problems.maxUses = 'access.invite.problem.range';
  return problems;
}

/** The request body for a form without problems (see `inviteFormProblems`). */
export function invitationBody(values: InviteFormValues): CreateInvitationBody {
  return {
    role: values.role,
    organisation:
      values.organisationMode === 'existing'
        ? { id: values.organisationId }
        : { name: values.newName.trim(), kind: values.newKind },
    expiresInDays: wholeNumberIn(values.expiresInDays, 1, INVITATION_MAX_DAYS) ?? 14,
    maxUses: wholeNumberIn(values.maxUses, 1, INVITATION_MAX_USES) ?? 1,
  };
}
