import express, { Router } from 'express';
import * as Y from 'yjs';
import { approveBodySchema, type ApprovedVersion } from '../../shared/api/versionsApi.js';
import { playbookMeta } from '../../shared/playbook/playbookMeta.js';
import { isValidRoomName } from '../../shared/protocol/roomName.js';
import type { AccessService } from '../access/AccessService.js';
import type { RoomRegistry } from '../collab/RoomRegistry.js';
import type { IdentityStore } from '../identity/IdentityStore.js';
import { readPlaybookDoc } from '../playbooks/readPlaybookDoc.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import type { VersionStore, VersionSummary } from '../versions/VersionStore.js';
import { requireRole, requireUser } from './callerContext.js';
import { HttpError } from './HttpError.js';
import { validate } from './validate.js';

export interface VersionsRouterDeps {
  access: AccessService;
  versions: VersionStore;
  registry: RoomRegistry;
  store: DocumentStore;
  identity: IdentityStore;
}

const describe = (version: VersionSummary): ApprovedVersion => ({
  number: version.number,
  label: version.label,
  approvedBy: version.approvedBy,
  approvedAt: new Date(version.approvedAt).toISOString(),
});

/** Today in Copenhagen as YYYY-MM-DD, the form the cover page's "approved on" takes. */
function todayInDenmark(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

/**
 * Approved versions (docs/API.md "Approved versions"), mounted at `/api/playbooks/:id/versions`: members see
 * the list; facilitators approve the playbook as it is now, which freezes a copy for readers (the reader view
 * and the interview card show the newest approved version) and marks the cover page approved.
 */
export function versionsRouter({ access, versions, registry, store, identity }: VersionsRouterDeps): Router {
  const router = Router({ mergeParams: true });
  router.use(express.json({ limit: '16kb' }));

  const playbookOf = (params: Record<string, unknown>): string => {
    const id = String(params.id);
    if (!isValidRoomName(id)) throw HttpError.notFound();
    return id;
  };

  router.get('/', async (req, res) => {
    const id = playbookOf(req.params);
    await requireRole(access, req, id, 'reader');
    res.json({ versions: (await versions.list(id)).map(describe) });
  });

  router.post(
    '/',
    validate({ body: approveBodySchema }, async ({ body }, req, res) => {
      const id = playbookOf(req.params);
      await requireRole(access, req, id, 'facilitator');
      const user = requireUser(req);
      const organisation = await identity.getOrganisation(user.organisationId);
      const approvedBy = body.approvedBy ?? [user.displayName, organisation?.name].filter(Boolean).join(', ');
      const label = body.label ?? String((await versions.list(id)).length + 1);
      // The cover page says it is approved (through the room, so editors see it at once) ...
      await registry.changeFromServer(id, (doc) =>
        playbookMeta.set(doc, { status: 'godkendt', version: label, approvedBy, approvedOn: todayInDenmark() }),
      );
      // ... and the copy frozen for readers is the stored document including that change.
      const doc = await readPlaybookDoc(store, id);
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      const version = await versions.add({
        playbookId: id,
        label,
        state,
        approvedBy,
        approvedByUser: user.id,
        approvedAt: Date.now(),
      });
      res.status(201).json(describe(version));
    }),
  );

  return router;
}
