import express, { Router, type Request } from 'express';
import {
  changeRoleBodySchema,
  createInvitationBodySchema,
  createTokenBodySchema,
  entityIdSchema,
} from '../../shared/api/accessApi.js';
import { isValidRoomName } from '../../shared/protocol/roomName.js';
import type { AccessService } from '../access/AccessService.js';
import type { PlaybookCatalog } from '../playbooks/PlaybookCatalog.js';
import { requireRole, requireUser } from './callerContext.js';
import { HttpError } from './HttpError.js';
import { validate } from './validate.js';

const MAX_JSON_BODY = '16kb';

export interface MembersRouterDeps {
  access: AccessService;
  catalog: PlaybookCatalog;
}

/**
 * Who is in a playbook and how people get in (docs/API.md "Members, invitations and tokens"), mounted at
 * `/api/playbooks/:id`: members (every member may see them; facilitators change roles and remove people,
 * anyone may leave), invitations and access tokens (facilitators only).
 */
export function membersRouter({ access, catalog }: MembersRouterDeps): Router {
  const router = Router({ mergeParams: true });
  router.use(express.json({ limit: MAX_JSON_BODY }));

  /** The playbook id of the route, checked for format and existence (404 either way). */
  function playbookOf(req: Request): string {
    const id = String(req.params.id);
    if (!isValidRoomName(id)) throw HttpError.notFound();
    return id;
  }

  async function existing(id: string): Promise<void> {
    if (!(await catalog.get(id))) throw HttpError.notFound();
  }

  /** A uuid from the path, or 404 (never looked up otherwise). */
  function idParam(req: Request, name: string, notFound: () => HttpError): string {
    const parsed = entityIdSchema.safeParse(req.params[name]);
    if (!parsed.success) throw notFound();
    return parsed.data;
  }

  const memberNotFound = () => new HttpError(404, 'member_not_found', 'This person is not a member of the playbook.');

  router.get('/members', async (req, res) => {
    const id = playbookOf(req);
    const { role } = await requireRole(access, req, id, 'reader');
    await existing(id);
    res.json({ members: await access.members(id, role === 'facilitator') });
  });

  router.patch(
    '/members/:userId',
    validate({ body: changeRoleBodySchema }, async ({ body }, req, res) => {
      const id = playbookOf(req);
      await requireRole(access, req, id, 'facilitator');
      await access.changeRole(id, idParam(req, 'userId', memberNotFound), body.role);
      res.json({ members: await access.members(id, true) });
    }),
  );

  router.delete('/members/:userId', async (req, res) => {
    const id = playbookOf(req);
    const userId = idParam(req, 'userId', memberNotFound);
    // Anyone may leave; removing someone else takes a facilitator.
    const self = req.caller?.caller.kind === 'user' && req.caller.caller.user.id === userId;
    await requireRole(access, req, id, self ? 'reader' : 'facilitator');
    await access.removeMember(id, userId);
    res.status(204).end();
  });

  router.get('/invitations', async (req, res) => {
    const id = playbookOf(req);
    await requireRole(access, req, id, 'facilitator');
    res.json({ invitations: await access.invitations(id) });
  });

  router.post(
    '/invitations',
    validate({ body: createInvitationBodySchema }, async ({ body }, req, res) => {
      const id = playbookOf(req);
      await requireRole(access, req, id, 'facilitator');
      const user = requireUser(req);
      await existing(id);
      const { invitation, secret } = await access.createInvitation({ ...body, playbookId: id, createdBy: user.id });
      res.status(201).json({ invitation, path: `/invite/${secret}` });
    }),
  );

  router.delete('/invitations/:invitationId', async (req, res) => {
    const id = playbookOf(req);
    await requireRole(access, req, id, 'facilitator');
    const notFound = () => new HttpError(404, 'invitation_not_found', 'This playbook has no invitation with this id.');
    res.json({ invitation: await access.revokeInvitation(id, idParam(req, 'invitationId', notFound)) });
  });

  router.get('/tokens', async (req, res) => {
    const id = playbookOf(req);
    await requireRole(access, req, id, 'facilitator');
    res.json({ tokens: await access.tokens(id) });
  });

  router.post(
    '/tokens',
    validate({ body: createTokenBodySchema }, async ({ body }, req, res) => {
      const id = playbookOf(req);
      await requireRole(access, req, id, 'facilitator');
      const user = requireUser(req);
      await existing(id);
      res.status(201).json(await access.mintToken({ ...body, playbookId: id, createdBy: user.id }));
    }),
  );

  router.delete('/tokens/:tokenId', async (req, res) => {
    const id = playbookOf(req);
    await requireRole(access, req, id, 'facilitator');
    const notFound = () => new HttpError(404, 'token_not_found', 'This playbook has no access token with this id.');
    res.json({ token: await access.revokeToken(id, idParam(req, 'tokenId', notFound)) });
  });

  return router;
}
