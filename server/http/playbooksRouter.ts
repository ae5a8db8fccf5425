import { randomInt } from 'node:crypto';
import express, { Router } from 'express';
import {
  createPlaybookBodySchema,
  playbookListQuerySchema,
  renamePlaybookBodySchema,
  type PlaybookSummary,
} from '../../shared/api/playbooksApi.js';
import { playbookMeta } from '../../shared/playbook/playbookMeta.js';
import { isValidRoomName } from '../../shared/protocol/roomName.js';
import type { RoomRegistry } from '../collab/RoomRegistry.js';
import type { PlaybookCatalog } from '../playbooks/PlaybookCatalog.js';
import { UnknownTemplateError, type PlaybookLibrary, type SeededPlaybook } from '../playbooks/playbookLibrary.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import { HttpError } from './HttpError.js';
import { validate } from './validate.js';

/** Largest JSON body accepted; a title is at most 200 characters, so this is generous. */
export const MAX_JSON_BODY = '64kb';
// Without look-alikes (0/o, 1/l/i), like the ids the client suggested before: readable when copied by hand.
const ID_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const ID_RANDOM_CHARS = 10;

export interface PlaybooksRouterDeps {
  catalog: PlaybookCatalog;
  library: PlaybookLibrary;
  store: DocumentStore;
  registry: RoomRegistry;
}

/**
 * The playbook API (docs/API.md), mounted at `/api`: templates, list, create, read, rename, archive, restore.
 */
export function playbooksRouter({ catalog, library, store, registry }: PlaybooksRouterDeps): Router {
  const router = Router();
  router.use(express.json({ limit: MAX_JSON_BODY }));

  /** The catalogue row of `id`; 404 for an unknown or malformed id (never looked up). */
  async function find(id: string): Promise<PlaybookSummary> {
    const found = isValidRoomName(id) ? await catalog.get(id) : null;
    if (!found) throw HttpError.notFound();
    return found;
  }

  // A row that vanished between the lookup and the change: answered like an unknown id.
  const orNotFound = (summary: PlaybookSummary | null): PlaybookSummary => {
    if (!summary) throw HttpError.notFound();
    return summary;
  };

  function seed(templateId: string | null, title: string): SeededPlaybook {
    try {
      return library.seed(templateId, title);
    } catch (error: unknown) {
      if (!(error instanceof UnknownTemplateError)) throw error;
      throw new HttpError(400, 'unknown_template', error.message, [`templateId: ${error.message}`]);
    }
  }

  async function newId(): Promise<string> {
    for (;;) {
      const random = Array.from({ length: ID_RANDOM_CHARS }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]);
      const id = `drejebog-${random.join('')}`;
      if (!(await catalog.get(id))) return id;
    }
  }

  router.get('/templates', (_req, res) => {
    res.json({ templates: library.templates });
  });

  router.get(
    '/playbooks',
    validate({ query: playbookListQuerySchema }, async ({ query }, _req, res) => {
      res.json({ playbooks: await catalog.list(query) });
    }),
  );

  router.post(
    '/playbooks',
    validate({ body: createPlaybookBodySchema }, async ({ body }, _req, res) => {
      const seeded = seed(body.templateId, body.title);
      const id = await newId();
      // Document first: a catalogue row always points at a seeded document, never at an empty one.
      await store.appendUpdate(id, seeded.update);
      const { title, status, area } = seeded.meta;
      const summary = await catalog.create({ id, title, status, area, templateId: body.templateId, now: Date.now() });
      res.status(201).location(`/api/playbooks/${id}`).json(summary);
    }),
  );

  router.get('/playbooks/:id', async (req, res) => {
    res.json(await find(req.params.id));
  });

  router.patch(
    '/playbooks/:id',
    validate({ body: renamePlaybookBodySchema }, async ({ body }, req, res) => {
      const { id } = await find(String(req.params.id));
      // Through the room: connected editors see the new title at once, and it is stored like their edits.
      await registry.changeFromServer(id, (doc) => playbookMeta.set(doc, { title: body.title }));
      res.json(orNotFound(await catalog.update(id, { title: body.title }, Date.now())));
    }),
  );

  router.post('/playbooks/:id/archive', async (req, res) => {
    const { id } = await find(req.params.id);
    res.json(orNotFound(await catalog.setArchived(id, Date.now())));
  });

  router.post('/playbooks/:id/restore', async (req, res) => {
    const { id } = await find(req.params.id);
    res.json(orNotFound(await catalog.setArchived(id, null)));
  });

  return router;
}
