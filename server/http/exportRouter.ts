import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { PlaybookFile } from '../../shared/playbook/playbookFileSchema.js';
import { playbookFileToMarkdown } from '../../shared/playbook/playbookFileToMarkdown.js';
import { isValidRoomName } from '../../shared/protocol/roomName.js';
import type { AccessService } from '../access/AccessService.js';
import { exportFileName } from '../export/exportFileName.js';
import { playbookToDocx } from '../export/playbookToDocx.js';
import { playbookToPdf } from '../export/playbookToPdf.js';
import { readPlaybookForExport } from '../export/readPlaybookForExport.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import type { VersionStore } from '../versions/VersionStore.js';
import { requireRole } from './callerContext.js';
import { HttpError } from './HttpError.js';

export interface ExportRouterDeps {
  access: AccessService;
  store: DocumentStore;
  versions: VersionStore;
}

/**
 * `?version=approved` exports the newest approved version (what the reading pages show readers), the
 * default the current text (what the editor shows).
 */
const exportQuerySchema = z.object({ version: z.enum(['current', 'approved']).default('current') });

interface Format {
  extension: 'md' | 'docx' | 'pdf';
  contentType: string;
  render: (file: PlaybookFile) => Promise<Buffer | string>;
}

const FORMATS: readonly Format[] = [
  {
    extension: 'md',
    contentType: 'text/markdown; charset=utf-8',
    render: (file) => Promise.resolve(playbookFileToMarkdown(file)),
  },
  {
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: playbookToDocx,
  },
  { extension: 'pdf', contentType: 'application/pdf', render: playbookToPdf },
];

/**
 * Downloads of a playbook (docs/API.md "Export and import"), mounted at `/api/playbooks/:id`:
 * `export.md`, `export.docx` and `export.pdf` for every member (readers too) and the playbook's tokens.
 * The content is read from storage, never through the room; `?version=approved` gives the approved version.
 */
export function exportRouter({ access, store, versions }: ExportRouterDeps): Router {
  const router = Router({ mergeParams: true });

  for (const format of FORMATS) {
    router.get(`/export.${format.extension}`, async (req: Request, res: Response) => {
      const id = String(req.params.id);
      if (!isValidRoomName(id)) throw HttpError.notFound();
      await requireRole(access, req, id, 'reader');
      const query = exportQuerySchema.safeParse(req.query);
      if (!query.success) {
        throw new HttpError(400, 'invalid_request', 'The query does not match.', ['version: "current" or "approved"']);
      }
      const file = await readPlaybookForExport({ store, versions }, id, query.data.version);
      if (!file) throw new HttpError(404, 'no_approved_version', 'This playbook has no approved version yet.');
      const body = await format.render(file);
      res
        .status(200)
        .type(format.contentType)
        .set('Cache-Control', 'no-store')
        .set('Content-Disposition', `attachment; filename="${exportFileName(file.meta.title, format.extension)}"`)
        .send(body);
    });
  }

  return router;
}
