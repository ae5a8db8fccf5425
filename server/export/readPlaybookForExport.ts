import type { PlaybookFile } from '../../shared/playbook/playbookFileSchema.js';
import { yDocToPlaybookFile } from '../../shared/playbook/yDocToPlaybookFile.js';
import { readPlaybookDoc } from '../playbooks/readPlaybookDoc.js';
import { withoutPersonalData } from '../playbooks/withoutPersonalData.js';
import type { DocumentStore } from '../storage/DocumentStore.js';

/**
 * A playbook's current content as exports see it: read from storage (never through its room), in display
 * order, without CPR numbers (live edits never pass the file schema that would refuse them).
 */
export async function readPlaybookForExport(store: DocumentStore, id: string): Promise<PlaybookFile> {
  const doc = await readPlaybookDoc(store, id);
  try {
    return withoutPersonalData(yDocToPlaybookFile(doc)).file;
  } finally {
    doc.destroy();
  }
}
