import type { PlaybookFile } from '../../shared/playbook/playbookFileSchema.js';
import { yDocToPlaybookFile } from '../../shared/playbook/yDocToPlaybookFile.js';
import { readPlaybookDoc } from '../playbooks/readPlaybookDoc.js';
import { withoutPersonalData } from '../playbooks/withoutPersonalData.js';
import type { DocumentStore } from '../storage/DocumentStore.js';
import { readApprovedDoc } from '../versions/readApprovedDoc.js';
import type { VersionStore } from '../versions/VersionStore.js';

/**
 * A playbook's content as exports see it, in display order, without CPR numbers (live edits never pass the
 * file schema that would refuse them): the current text read from storage (never through its room), or
 * with `edition: 'approved'` the newest approved version (null when there is none).
 */
export async function readPlaybookForExport(
  deps: { store: DocumentStore; versions: VersionStore },
  id: string,
  edition: 'current' | 'approved' = 'current',
): Promise<PlaybookFile | null> {
  const doc =
    edition === 'approved' ? (await readApprovedDoc(deps.versions, id))?.doc : await readPlaybookDoc(deps.store, id);
  if (!doc) return null;
  try {
    return withoutPersonalData(yDocToPlaybookFile(doc)).file;
  } finally {
    doc.destroy();
  }
}
