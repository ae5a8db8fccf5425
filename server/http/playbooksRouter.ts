import express, { Router } from 'express';
import {
  createPlaybookBodySchema,
  playbookListQuerySchema,
  renamePlaybookBodySchema,
  type PlaybookCatalogEntry,
  type PlaybookSummary,
} from '../../shared/api/playbooksApi.js';
import type { PlaybookRole } from '../../shared/access/playbookRole.js';
import type { AccessService } from '../access/AccessService.js';
import { playbookMeta } from '../../shared/playbook/playbookMeta.js';
import { isValidRoomName } from '../../shared/protocol/roomName.js';
import type { RoomRegistry } from '../collab/RoomRegistry.js';
import { createPlaybook } from '../playbooks/createPlaybook.js';
import type { PlaybookCatalog } from '../playbooks/PlaybookCatalog.js';
import { UnknownTemplateError, type PlaybookLibrary } from '../playbooks/playbookLibrary.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import { requireCaller, requireRole, requireUser } from './callerContext.js';
import { HttpError } from './HttpError.js';
import { validate } from './validate.js';

/** Largest JSON body accepted; a title is at most 200 characters, so this is generous. */
export const MAX_JSON_BODY = '64kb';

export interface PlaybooksRouterDeps {
  catalog: PlaybookCatalog;
  library: PlaybookLibrary;
  store: DocumentStore;
  registry: RoomRegistry;
  access: AccessService;
}

/**
 * The playbook API (docs/API.md), mounted at `/api`: templates, list, create, read, rename, archive, restore.
 * Every route needs a caller (`attachCaller` runs first); a playbook answers only to its members.
 */
export function playbooksRouter({ catalog, library, store, registry, access }: PlaybooksRouterDeps): Router {
  const router = Router();
  router.use(express.json({ limit: MAX_JSON_BODY }));

  /**
   * The catalogue row of `id` for a caller with at least `needed` there: 404 for an unknown or malformed id
   * (never looked up) and for a playbook the caller has no role in; 403 for a lesser role.
   */
  async function find(req: express.Request, needed: PlaybookRole): Promise<PlaybookSummary> {
    const id = String(req.params.id);
    if (!isValidRoomName(id)) throw HttpError.notFound();
    const { role } = await requireRole(access, req, id, needed);
    return withRole(await catalog.get(id), role);
  }

  // A row that vanished between the lookup and the change is answered like an unknown id.
  const withRole = (entry: PlaybookCatalogEntry | null, role: PlaybookRole): PlaybookSummary => {
    if (!entry) throw HttpError.notFound();
    return { ...entry, role };
  };

  async function create(templateId: string | null, title: string, creatorId: string) {
    try {
      return await createPlaybook({ catalog, library, store, access }, { templateId, title, creatorId });
    } catch (error: unknown) {
      if (!(error instanceof UnknownTemplateError)) throw error;
      throw new HttpError(400, 'unknown_template', error.message, [`templateId: ${error.message}`]);
    }
  }

  router.get('/templates', (req, res) => {
    requireCaller(req);
    res.json({ templates: library.templates });
  });

  router.get(
    '/playbooks',
    validate({ query: playbookListQuerySchema }, async ({ query }, req, res) => {
      const caller = requireCaller(req);
      // A person sees the playbooks they are a member of; a token, only its own.
      const roles =
        caller.kind === 'user'
          ? await access.rolesOfUser(caller.user.id)
          : new Map([[caller.token.playbookId, caller.token.role]]);
      const listed = (await catalog.list(query)).filter((entry) => roles.has(entry.id));
      res.json({ playbooks: listed.map((entry) => withRole(entry, roles.get(entry.id)!)) });
    }),
  );

  router.post(
    '/playbooks',
    validate({ body: createPlaybookBodySchema }, async ({ body }, req, res) => {
      const user = requireUser(req);
      const entry = await create(body.templateId, body.title, user.id);
      res.status(201).location(`/api/playbooks/${entry.id}`).json(withRole(entry, 'facilitator'));
    }),
  );

  router.get('/playbooks/:id', async (req, res) => {
    res.json(await find(req, 'reader'));
  });

  router.patch(
    '/playbooks/:id',
    validate({ body: renamePlaybookBodySchema }, async ({ body }, req, res) => {
      const { id, role } = await find(req, 'editor');
      // Through the room: connected editors see the new title at once, and it is stored like their edits.
      await registry.changeFromServer(id, (doc) => playbookMeta.set(doc, { title: body.title }));
      res.json(withRole(await catalog.update(id, { title: body.title }, Date.now()), role));
    }),
  );

  router.post('/playbooks/:id/archive', async (req, res) => {
    const { id, role } = await find(req, 'facilitator');
    res.json(withRole(await catalog.setArchived(id, Date.now()), role));
  });

  router.post('/playbooks/:id/restore', async (req, res) => {
    const { id, role } = await find(req, 'facilitator');
    res.json(withRole(await catalog.setArchived(id, null), role));
  });

  return router;
}
