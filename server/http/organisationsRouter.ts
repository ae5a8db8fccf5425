import express, { Router, type Request } from 'express';
import {
  createOrganisationBodySchema,
  createOrganisationUserBodySchema,
  entityIdSchema,
} from '../../shared/api/accessApi.js';
import type { AccessService } from '../access/AccessService.js';
import { EmailTakenError, type IdentityStore, type User } from '../identity/IdentityStore.js';
import { hashPassword } from '../identity/passwordHash.js';
import { requireUser } from './callerContext.js';
import { HttpError } from './HttpError.js';
import { validate } from './validate.js';

const MAX_JSON_BODY = '16kb';

const organisationNotFound = () => new HttpError(404, 'organisation_not_found', 'No organisation has this id.');

function describeUser(user: User) {
  const { id, email, displayName, isOrganisationAdmin, createdAt } = user;
  return { id, email, displayName, isOrganisationAdmin, createdAt: new Date(createdAt).toISOString() };
}

/**
 * Organisations and their people (docs/API.md "Organisations"), mounted at `/api/organisations`. Everyone
 * signed in sees the list (to invite across organisations); system administrators create organisations;
 * an organisation's administrators manage its people and nobody else's.
 */
export function organisationsRouter({ identity, access }: { identity: IdentityStore; access: AccessService }): Router {
  const router = Router();
  router.use(express.json({ limit: MAX_JSON_BODY }));

  /** The organisation of the route, for someone allowed to manage its people (404 for everyone else). */
  async function managedOrganisation(req: Request): Promise<{ organisationId: string; manager: User }> {
    const manager = requireUser(req);
    const parsed = entityIdSchema.safeParse(req.params.organisationId);
    if (!parsed.success) throw organisationNotFound();
    const organisationId = parsed.data;
    const mayManage = manager.isAdmin || (manager.isOrganisationAdmin && manager.organisationId === organisationId);
    if (!mayManage || !(await identity.getOrganisation(organisationId))) throw organisationNotFound();
    return { organisationId, manager };
  }

  router.get('/', async (req, res) => {
    requireUser(req);
    res.json({ organisations: await identity.listOrganisations() });
  });

  router.post(
    '/',
    validate({ body: createOrganisationBodySchema }, async ({ body }, req, res) => {
      if (!requireUser(req).isAdmin) {
        throw new HttpError(403, 'administrators_only', 'Only administrators create organisations.');
      }
      res.status(201).json(await identity.createOrganisation(body));
    }),
  );

  router.get('/:organisationId/users', async (req, res) => {
    const { organisationId } = await managedOrganisation(req);
    res.json({ users: (await identity.listUsersOfOrganisation(organisationId)).map(describeUser) });
  });

  router.post(
    '/:organisationId/users',
    validate({ body: createOrganisationUserBodySchema }, async ({ body }, req, res) => {
      const { organisationId } = await managedOrganisation(req);
      const passwordHash = await hashPassword(body.password);
      try {
        const user = await identity.createUser(
          {
            email: body.email,
            displayName: body.displayName,
            organisationId,
            isAdmin: false,
            isOrganisationAdmin: body.isOrganisationAdmin,
            passwordHash,
          },
          Date.now(),
        );
        res.status(201).json(describeUser(user));
      } catch (error) {
        if (!(error instanceof EmailTakenError)) throw error;
        throw new HttpError(409, 'email_taken', 'This e-mail address already has an account.');
      }
    }),
  );

  router.delete('/:organisationId/users/:userId', async (req, res) => {
    const { organisationId, manager } = await managedOrganisation(req);
    const parsed = entityIdSchema.safeParse(req.params.userId);
    const user = parsed.success ? await identity.getUser(parsed.data) : null;
    if (!user || user.organisationId !== organisationId) {
      throw new HttpError(404, 'user_not_found', 'This organisation has no person with this id.');
    }
    if (user.id === manager.id) {
      throw new HttpError(409, 'cannot_remove_self', 'You cannot remove your own account.');
    }
    // Sessions and memberships go with the account (cascade); open connections close now.
    await identity.deleteUser(user.id);
    access.announce({ playbookId: null, subject: user.id, effect: 'signedOut' });
    res.status(204).end();
  });

  return router;
}
