import { z } from 'zod';
import { PARTNER_KINDS } from '../playbook/PartnerKind.js';

/**
 * The contract of the accounts and sign-in API (`/api/auth`, docs/API.md), used by the server to validate
 * requests and by the client to parse responses.
 */

/** New passwords: long enough to resist guessing, capped so hashing stays cheap for the server. */
export const PASSWORD_MIN_CHARS = 12;
export const PASSWORD_MAX_CHARS = 256;
const NAME_MAX_CHARS = 120;

/** An e-mail address, trimmed and lower-cased: one person, one account whatever they type. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Not a valid e-mail address' }));

export const newPasswordSchema = z.string().min(PASSWORD_MIN_CHARS).max(PASSWORD_MAX_CHARS);

export const organisationKindSchema = z.enum(PARTNER_KINDS);

/** A name the organisation chooses itself ("Klippeø Kommune, Jobcenter"). */
export const organisationNameSchema = z.string().trim().min(1).max(NAME_MAX_CHARS);

export const displayNameSchema = z.string().trim().min(1).max(NAME_MAX_CHARS);

/** `POST /api/auth/setup`: the first administrator and their organisation. */
export const setupBodySchema = z.strictObject({
  organisation: z.strictObject({ name: organisationNameSchema, kind: organisationKindSchema }),
  administrator: z.strictObject({ email: emailSchema, displayName: displayNameSchema, password: newPasswordSchema }),
});
export type SetupBody = z.infer<typeof setupBodySchema>;

/** `POST /api/auth/sign-in`. Any non-empty password is checked: old passwords may predate today's rules. */
export const signInBodySchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_CHARS),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

export const setupStatusSchema = z.strictObject({ needed: z.boolean() });

export const organisationSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: organisationKindSchema,
});
export type OrganisationDto = z.infer<typeof organisationSchema>;

/** A user as the API shows them: never the password hash. */
export const userSchema = z.strictObject({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  organisationId: z.string(),
  isAdmin: z.boolean(),
  isOrganisationAdmin: z.boolean(),
  createdAt: z.iso.datetime(),
});

/** `GET /api/auth/me`, and the answer to a successful sign-in or setup. */
export const meSchema = z.strictObject({ user: userSchema, organisation: organisationSchema });
export type Me = z.infer<typeof meSchema>;

/** 429 of `POST /api/auth/sign-in`. */
export const tooManyAttemptsSchema = z.strictObject({
  code: z.literal('too_many_attempts'),
  message: z.string(),
  retryAfterSeconds: z.number().int().positive(),
});
