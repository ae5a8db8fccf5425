import express, { Router } from 'express';
import * as Y from 'yjs';
import { importMarkdownBodySchema, type ImportMarkdownResponse } from '../../shared/api/importApi.js';
import { playbookTitleSchema } from '../../shared/api/playbooksApi.js';
import { findPersonalData } from '../../shared/playbook/findPersonalData.js';
import { playbookFileSchema, type RuleBasis } from '../../shared/playbook/playbookFileSchema.js';
import { playbookFileToYDoc } from '../../shared/playbook/playbookFileToYDoc.js';
import { removePersonalData } from '../../shared/playbook/removePersonalData.js';
import { ruleBasis } from '../../shared/playbook/ruleBasis.js';
import type { AccessService } from '../access/AccessService.js';
import { markdownToPlaybookFile } from '../import/markdownToPlaybookFile.js';
import { newPlaybookId } from '../playbooks/newPlaybookId.js';
import type { PlaybookCatalog } from '../playbooks/PlaybookCatalog.js';
import { STANDARD_TEMPLATE_ID, type PlaybookLibrary } from '../playbooks/playbookLibrary.js';
import { withoutPersonalData } from '../playbooks/withoutPersonalData.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import { requireUser } from './callerContext.js';
import { HttpError } from './HttpError.js';
import { invalidRequest, validate } from './validate.js';

/** 512 KiB of Markdown as JSON: Danish letters take two bytes and escapes more, so the byte limit is higher. */
const MAX_IMPORT_BODY = '2mb';
/** When the Markdown has no "# " title and the body none either. */
const FALLBACK_TITLE = 'Importeret drejebog';

export interface ImportRouterDeps {
  catalog: PlaybookCatalog;
  library: PlaybookLibrary;
  store: DocumentStore;
  access: AccessService;
}

/**
 * `POST /api/playbooks/import` (docs/API.md "Export and import"), mounted at `/api/playbooks` before the
 * routers whose smaller body limits would refuse a long document. People only, not tokens; the importer
 * becomes the facilitator of the new playbook, a draft.
 */
export function importRouter({ catalog, library, store, access }: ImportRouterDeps): Router {
  const router = Router();
  let standardRuleBasis: RuleBasis | null = null;

  // The rules in force, for Markdown that names none (as for a blank playbook).
  function fallbackRuleBasis(): RuleBasis {
    if (!standardRuleBasis) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, library.seed(STANDARD_TEMPLATE_ID, FALLBACK_TITLE).update);
      standardRuleBasis = ruleBasis.read(doc);
      doc.destroy();
    }
    return standardRuleBasis;
  }

  router.post(
    '/import',
    express.json({ limit: MAX_IMPORT_BODY }),
    validate({ body: importMarkdownBodySchema }, async ({ body }, req, res) => {
      const user = requireUser(req);
      const found = findPersonalData(body.markdown).length;
      const imported = markdownToPlaybookFile(removePersonalData(body.markdown), fallbackRuleBasis());
      const fromDocument = playbookTitleSchema.safeParse(imported.title ?? '');
      const title = body.title ?? (fromDocument.success ? fromDocument.data : FALLBACK_TITLE);
      // Again on the assembled file: a number split by formatting ("0101\*90-1234") is whole only now.
      const cleaned = withoutPersonalData({ ...imported.file, meta: { ...imported.file.meta, title } });
      const parsed = playbookFileSchema.safeParse(cleaned.file);
      if (!parsed.success) {
        const invalid = invalidRequest(parsed.error);
        throw new HttpError(
          400,
          'invalid_markdown',
          'The Markdown does not make a valid playbook; see issues.',
          invalid.issues,
        );
      }

      const doc = new Y.Doc();
      let update: Uint8Array;
      try {
        playbookFileToYDoc(parsed.data, doc);
        update = Y.encodeStateAsUpdate(doc);
      } finally {
        doc.destroy();
      }
      const id = await newPlaybookId(catalog);
      // As POST /api/playbooks: the document before the membership, the membership before the catalogue row.
      await store.appendUpdate(id, update);
      await access.addCreator(id, user.id);
      const { status, area } = parsed.data.meta;
      const entry = await catalog.create({ id, title, status, area, templateId: null, now: Date.now() });
      const answer: ImportMarkdownResponse = {
        playbook: { ...entry, role: 'facilitator' },
        removedPersonalData: found + cleaned.removed,
        unknownHeadings: imported.unknownHeadings,
      };
      res.status(201).location(`/api/playbooks/${id}`).json(answer);
    }),
  );

  return router;
}
