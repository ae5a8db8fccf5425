import { emailSchema, PASSWORD_MIN_CHARS } from '../../shared/api/authApi.js';

export type JoinField = 'name' | 'email' | 'password';

/** Translation keys of what is wrong with a field of the invitation's sign-up or sign-in form. */
export type JoinProblemKey =
  | 'access.invitePage.problem.name'
  | 'access.invitePage.problem.email'
  | 'access.invitePage.problem.password'
  | 'access.invitePage.problem.passwordRequired';

/**
 * What keeps the sign-up form (`name` given) or the sign-in form from being sent, field by field. New
 * passwords need the server's minimum length; a sign-in password only needs to be there (it may predate the rule).
 */
export function joinProblems(
  values: { name?: string; email: string; password: string },
  mode: 'signUp' | 'signIn',
): Partial<Record<JoinField, JoinProblemKey>> {
  const problems: Partial<Record<JoinField, JoinProblemKey>> = {};
  if (mode === 'signUp' && (values.name ?? '').trim() === '') problems.name = 'access.invitePage.problem.name';
  if (!emailSchema.safeParse(values.email).success) problems.email = 'access.invitePage.problem.email';
  if (mode === 'signUp' && values.password.length < PASSWORD_MIN_CHARS) {
    problems.password = 'access.invitePage.problem.password';
  } else if (values.password === '') {
    problems.password = 'access.invitePage.problem.passwordRequired';
  }
  return problems;
}
