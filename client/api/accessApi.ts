import { z } from 'zod';
import {
  accessTokenListSchema,
  accessTokenSchema,
  createdInvitationSchema,
  invitationListSchema,
  invitationPreviewSchema,
  invitationSchema,
  joinedSchema,
  memberListSchema,
  mintedTokenSchema,
  organisationListSchema,
  type AccessToken,
  type CreateInvitationBody,
  type CreateTokenBody,
  type Invitation,
  type InvitationPreview,
  type Member,
} from '../../shared/api/accessApi.js';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import type { OrganisationDto } from '../../shared/api/authApi.js';
import { playbookSummarySchema, type PlaybookSummary } from '../../shared/api/playbooksApi.js';
import { apiRequest } from './apiClient.js';

/** Client calls of the access-control API (docs/API.md "Members, invitations and tokens"). */

const playbookPath = (id: string) => `/api/playbooks/${encodeURIComponent(id)}`;
const invitationPath = (secret: string) => `/api/invitations/${encodeURIComponent(secret)}`;
const noContent = z.undefined();

/** The playbook as the caller may see it, with the caller's role in it. */
export function getPlaybook(id: string, signal?: AbortSignal): Promise<PlaybookSummary> {
  return apiRequest(playbookPath(id), { schema: playbookSummarySchema, signal });
}

export async function listMembers(playbookId: string, signal?: AbortSignal): Promise<Member[]> {
  const { members } = await apiRequest(`${playbookPath(playbookId)}/members`, { schema: memberListSchema, signal });
  return members;
}

/** Changes a member's role (facilitators); answers with the members as they are now. */
export async function changeMemberRole(playbookId: string, userId: string, role: PlaybookRole): Promise<Member[]> {
  const { members } = await apiRequest(`${playbookPath(playbookId)}/members/${encodeURIComponent(userId)}`, {
    method: 'PATCH',
    body: { role },
    schema: memberListSchema,
  });
  return members;
}

/** Removes a member (facilitators), or the caller themself (leaving the playbook). */
export async function removeMember(playbookId: string, userId: string): Promise<void> {
  await apiRequest(`${playbookPath(playbookId)}/members/${encodeURIComponent(userId)}`, {
    method: 'DELETE',
    schema: noContent,
  });
}

export async function listInvitations(playbookId: string, signal?: AbortSignal): Promise<Invitation[]> {
  const { invitations } = await apiRequest(`${playbookPath(playbookId)}/invitations`, {
    schema: invitationListSchema,
    signal,
  });
  return invitations;
}

/** Creates an invitation; the answer's `path` holds the secret, shown this once. */
export function createInvitation(
  playbookId: string,
  body: CreateInvitationBody,
): Promise<z.infer<typeof createdInvitationSchema>> {
  return apiRequest(`${playbookPath(playbookId)}/invitations`, {
    method: 'POST',
    body,
    schema: createdInvitationSchema,
  });
}

export async function revokeInvitation(playbookId: string, invitationId: string): Promise<Invitation> {
  const { invitation } = await apiRequest(
    `${playbookPath(playbookId)}/invitations/${encodeURIComponent(invitationId)}`,
    { method: 'DELETE', schema: z.object({ invitation: invitationSchema }) },
  );
  return invitation;
}

export async function listTokens(playbookId: string, signal?: AbortSignal): Promise<AccessToken[]> {
  const { tokens } = await apiRequest(`${playbookPath(playbookId)}/tokens`, { schema: accessTokenListSchema, signal });
  return tokens;
}

/** Mints an access token; the answer's `secret` is shown this once. */
export function mintToken(playbookId: string, body: CreateTokenBody): Promise<z.infer<typeof mintedTokenSchema>> {
  return apiRequest(`${playbookPath(playbookId)}/tokens`, { method: 'POST', body, schema: mintedTokenSchema });
}

export async function revokeToken(playbookId: string, tokenId: string): Promise<AccessToken> {
  const { token } = await apiRequest(`${playbookPath(playbookId)}/tokens/${encodeURIComponent(tokenId)}`, {
    method: 'DELETE',
    schema: z.object({ token: accessTokenSchema }),
  });
  return token;
}

/** Every organisation, to choose whom an invitation is for. */
export async function listOrganisations(signal?: AbortSignal): Promise<OrganisationDto[]> {
  const { organisations } = await apiRequest('/api/organisations', { schema: organisationListSchema, signal });
  return organisations;
}

/** What an invitation link invites to (no sign-in needed: the secret is the credential). */
export function previewInvitation(secret: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return apiRequest(invitationPath(secret), { schema: invitationPreviewSchema, signal });
}

export function acceptInvitation(secret: string): Promise<z.infer<typeof joinedSchema>> {
  return apiRequest(`${invitationPath(secret)}/accept`, { method: 'POST', schema: joinedSchema });
}

/** A new account in the invitation's organisation; the answer sets the session cookie. */
export function signUpByInvitation(
  secret: string,
  body: { email: string; displayName: string; password: string },
): Promise<z.infer<typeof joinedSchema>> {
  return apiRequest(`${invitationPath(secret)}/sign-up`, { method: 'POST', body, schema: joinedSchema });
}
