import { emailSchema, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS } from '../../shared/api/authApi.js';
import type { PartnerKind } from '../../shared/playbook/PartnerKind.js';

/** What the first-run form holds, as typed. */
export interface SetupForm {
  organisationName: string;
  organisationKind: PartnerKind | null;
  displayName: string;
  email: string;
  password: string;
  passwordAgain: string;
}

export type SetupField = keyof SetupForm;

/** Translation keys of the problems the form can have, at most one per field. */
export type SetupProblemKey =
  | 'auth.setup.errors.organisationNameMissing'
  | 'auth.setup.errors.organisationKindMissing'
  | 'auth.setup.errors.displayNameMissing'
  | 'auth.errors.emailMissing'
  | 'auth.errors.emailInvalid'
  | 'auth.setup.errors.passwordTooShort'
  | 'auth.setup.errors.passwordTooLong'
  | 'auth.setup.errors.passwordAgainMissing'
  | 'auth.setup.errors.passwordsDiffer';

/** The fields in the order they appear, so the first problem gets the focus. */
export const SETUP_FIELDS: readonly SetupField[] = [
  'organisationName',
  'organisationKind',
  'displayName',
  'email',
  'password',
  'passwordAgain',
];

/**
 * Checks the first-run form with the server's own rules (shared/api/authApi.ts): every field filled in, a
 * readable e-mail address, a password of 12 to 256 characters typed the same twice. Empty when it is fine.
 */
export function validateSetup(form: SetupForm): Partial<Record<SetupField, SetupProblemKey>> {
  const problems: Partial<Record<SetupField, SetupProblemKey>> = {};
  if (form.organisationName.trim() === '') problems.organisationName = 'auth.setup.errors.organisationNameMissing';
  if (form.organisationKind === null) problems.organisationKind = 'auth.setup.errors.organisationKindMissing';
  if (form.displayName.trim() === '') problems.displayName = 'auth.setup.errors.displayNameMissing';
  if (form.email.trim() === '') problems.email = 'auth.errors.emailMissing';
  else if (!emailSchema.safeParse(form.email).success) problems.email = 'auth.errors.emailInvalid';
  if (form.password.length < PASSWORD_MIN_CHARS) problems.password = 'auth.setup.errors.passwordTooShort';
  else if (form.password.length > PASSWORD_MAX_CHARS) problems.password = 'auth.setup.errors.passwordTooLong';
  if (form.passwordAgain === '') problems.passwordAgain = 'auth.setup.errors.passwordAgainMissing';
  else if (form.passwordAgain !== form.password) problems.passwordAgain = 'auth.setup.errors.passwordsDiffer';
  return problems;
}
