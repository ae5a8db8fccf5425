import express, { Router, type Request } from 'express';
import { invitationSignUpBodySchema, type InvitationPreview } from '../../shared/api/accessApi.js';
import type { AccessService } from '../access/AccessService.js';
import type { Config } from '../config.js';
import { EmailTakenError, type IdentityStore } from '../identity/IdentityStore.js';
import { hashPassword } from '../identity/passwordHash.js';
import type { SessionService } from '../identity/SessionService.js';
import type { PlaybookCatalog } from '../playbooks/PlaybookCatalog.js';
import { requireUser } from './callerContext.js';
import { HttpError } from './HttpError.js';
import { setSessionCookie } from './sessionCookie.js';
import { validate } from './validate.js';

const MAX_JSON_BODY = '16kb';

export interface InvitationsRouterDeps {
  config: Config;
  access: AccessService;
  identity: IdentityStore;
  sessions: SessionService;
  catalog: PlaybookCatalog;
}

/**
 * Joining by invitation link (docs/API.md "Invitations"), mounted at `/api/invitations/:secret`. The secret
 * is the credential: whoever holds the link may see what it invites to and use it, within its expiry and
 * use limit. Signed-in people accept; newcomers sign up into the invitation's organisation.
 */
export function invitationsRouter({ config, access, identity, sessions, catalog }: InvitationsRouterDeps): Router {
  const router = Router({ mergeParams: true });
  router.use(express.json({ limit: MAX_JSON_BODY }));
  const secretOf = (req: Request) => String(req.params.secret);

  router.get('/', async (req, res) => {
    const invitation = await access.usableInvitation(secretOf(req));
    const playbook = await catalog.get(invitation.playbookId);
    const inviter = await identity.getUser(invitation.createdBy);
    const preview: InvitationPreview = {
      playbookTitle: playbook?.title ?? '',
      role: invitation.role,
      organisation: await access.organisationOf(invitation),
      invitedBy: inviter?.displayName ?? '',
      expiresAt: new Date(invitation.expiresAt).toISOString(),
    };
    res.json(preview);
  });

  router.post('/accept', async (req, res) => {
    const user = requireUser(req);
    const invitation = await access.usableInvitation(secretOf(req));
    const role = await access.redeem(invitation, user.id);
    res.json({ playbookId: invitation.playbookId, role });
  });

  router.post(
    '/sign-up',
    validate({ body: invitationSignUpBodySchema }, async ({ body }, req, res) => {
      // Checked before hashing, so a dead link costs no CPU.
      const invitation = await access.usableInvitation(secretOf(req));
      const passwordHash = await hashPassword(body.password);
      let userId: string;
      try {
        const user = await identity.createUser(
          {
            email: body.email,
            displayName: body.displayName,
            organisationId: invitation.organisationId,
            isAdmin: false,
            passwordHash,
          },
          Date.now(),
        );
        userId = user.id;
      } catch (error) {
        if (!(error instanceof EmailTakenError)) throw error;
        throw new HttpError(409, 'email_taken', 'This e-mail address already has an account: sign in and accept.');
      }
      const role = await access.redeem(invitation, userId);
      // A sign-up replaces whatever session this browser had.
      if (req.caller?.sessionToken) await sessions.end(req.caller.sessionToken);
      setSessionCookie(config, req, res, await sessions.start({ userId, method: 'password' }));
      res.status(201).json({ playbookId: invitation.playbookId, role });
    }),
  );

  return router;
}
