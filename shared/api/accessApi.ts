import { z } from 'zod';
import { PLAYBOOK_ROLES, TOKEN_ROLES } from '../access/playbookRole.js';
import {
  displayNameSchema,
  emailSchema,
  newPasswordSchema,
  organisationKindSchema,
  organisationNameSchema,
  organisationSchema,
} from './authApi.js';

/**
 * The contract of the access-control API (docs/API.md "Members, invitations and tokens"): who is in a
 * playbook with which role, invitations to join it, access tokens for tools, and the organisations people
 * belong to. Used by the server to validate requests and by the client to parse answers.
 */

export const playbookRoleSchema = z.enum(PLAYBOOK_ROLES);
export const tokenRoleSchema = z.enum(TOKEN_ROLES);

/** Ids the server hands out (UUIDs); anything else is never looked up. */
export const entityIdSchema = z.uuid();

/** One member of a playbook. `email` only reaches facilitators (they manage people; others see names). */
export const memberSchema = z.strictObject({
  userId: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  organisation: organisationSchema,
  role: playbookRoleSchema,
  addedAt: z.iso.datetime(),
});
export type Member = z.infer<typeof memberSchema>;

export const memberListSchema = z.strictObject({ members: z.array(memberSchema) });

/** `PATCH /api/playbooks/:id/members/:userId` */
export const changeRoleBodySchema = z.strictObject({ role: playbookRoleSchema });

/**
 * Which organisation an invitee joins when they sign up: one that exists (by id), or a new one named here
 * (facilitators invite a-kasser that have no account yet). People who already have an account keep theirs.
 */
export const invitationOrganisationSchema = z.union([
  z.strictObject({ id: entityIdSchema }),
  z.strictObject({ name: organisationNameSchema, kind: organisationKindSchema }),
]);

export const INVITATION_MAX_DAYS = 90;
export const INVITATION_MAX_USES = 500;

/** `POST /api/playbooks/:id/invitations` */
export const createInvitationBodySchema = z.strictObject({
  role: playbookRoleSchema,
  organisation: invitationOrganisationSchema,
  /** @default 14 */
  expiresInDays: z.number().int().min(1).max(INVITATION_MAX_DAYS).default(14),
  /** How many people may join with the link. @default 1 */
  maxUses: z.number().int().min(1).max(INVITATION_MAX_USES).default(1),
});
export type CreateInvitationBody = z.input<typeof createInvitationBodySchema>;

/** An invitation as facilitators see it (never its secret: that is shown once, when created). */
export const invitationSchema = z.strictObject({
  id: z.string(),
  playbookId: z.string(),
  role: playbookRoleSchema,
  organisation: organisationSchema,
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  maxUses: z.number().int(),
  uses: z.number().int(),
  revokedAt: z.iso.datetime().nullable(),
  /** Whether the link still lets someone join (not expired, revoked or used up). */
  usable: z.boolean(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const invitationListSchema = z.strictObject({ invitations: z.array(invitationSchema) });

/** The answer to creating an invitation: the only time the link's secret is shown. */
export const createdInvitationSchema = z.strictObject({
  invitation: invitationSchema,
  /** `/invite/<secret>`, relative to the app's address. */
  path: z.string(),
});

/** `GET /api/invitations/:secret`: what the invitee sees before joining. */
export const invitationPreviewSchema = z.strictObject({
  playbookTitle: z.string(),
  role: playbookRoleSchema,
  organisation: organisationSchema,
  invitedBy: z.string(),
  expiresAt: z.iso.datetime(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** `POST /api/invitations/:secret/sign-up`: a new account in the invitation's organisation. */
export const invitationSignUpBodySchema = z.strictObject({
  email: emailSchema,
  displayName: displayNameSchema,
  password: newPasswordSchema,
});

/** The answer to joining by invitation (accept or sign-up). */
export const joinedSchema = z.strictObject({ playbookId: z.string(), role: playbookRoleSchema });

export const TOKEN_MAX_DAYS = 365;

/** `POST /api/playbooks/:id/tokens` */
export const createTokenBodySchema = z.strictObject({
  label: z.string().trim().min(1).max(120),
  role: tokenRoleSchema,
  /** @default 30 */
  expiresInDays: z.number().int().min(1).max(TOKEN_MAX_DAYS).default(30),
});
export type CreateTokenBody = z.input<typeof createTokenBodySchema>;

export const accessTokenSchema = z.strictObject({
  id: z.string(),
  playbookId: z.string(),
  label: z.string(),
  role: tokenRoleSchema,
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  usable: z.boolean(),
});
export type AccessToken = z.infer<typeof accessTokenSchema>;

export const accessTokenListSchema = z.strictObject({ tokens: z.array(accessTokenSchema) });

/** The answer to minting a token: the only time its secret is shown. */
export const mintedTokenSchema = z.strictObject({ token: accessTokenSchema, secret: z.string() });

export const organisationListSchema = z.strictObject({ organisations: z.array(organisationSchema) });

/** `POST /api/organisations` (administrators). */
export const createOrganisationBodySchema = z.strictObject({
  name: organisationNameSchema,
  kind: organisationKindSchema,
});

/** A person of an organisation, as its administrators see them. */
export const organisationUserSchema = z.strictObject({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  isOrganisationAdmin: z.boolean(),
  createdAt: z.iso.datetime(),
});
export const organisationUserListSchema = z.strictObject({ users: z.array(organisationUserSchema) });

/** `POST /api/organisations/:id/users` (that organisation's administrators, or system administrators). */
export const createOrganisationUserBodySchema = z.strictObject({
  email: emailSchema,
  displayName: displayNameSchema,
  password: newPasswordSchema,
  isOrganisationAdmin: z.boolean().default(false),
});
