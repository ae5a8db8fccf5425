import type * as Y from 'yjs';
import { isCourseRoomId } from '../../shared/course/courseRoomId.js';
import { playbookMeta } from '../../shared/playbook/playbookMeta.js';
import type { Logger } from '../logger.js';
import type { PlaybookCatalog, PlaybookListing } from './PlaybookCatalog.js';

/**
 * The rooms' `onDocumentChanged` hook: after committed edits, copies the document's title, status and area
 * into its catalogue row and sets `updatedAt`, so the list follows what people write in the editor. A title
 * that is empty (or invalid, which reads as empty) keeps the last one, so a half-typed title never blanks
 * the list entry. Documents without a row (raw protocol rooms) change nothing; course rooms (the live
 * workshop rooms, `forloeb-…`) are not playbooks and are never looked up.
 */
export function followDocumentsInCatalog(catalog: PlaybookCatalog, log: Logger): (id: string, doc: Y.Doc) => void {
  return (id, doc) => {
    if (isCourseRoomId(id)) return;
    const { title, status, area } = playbookMeta.read(doc);
    const patch: Partial<PlaybookListing> = { status, area };
    if (title.trim() !== '') patch.title = title.trim();
    const fail = (error: unknown) => log.error({ room: id, err: error }, 'updating the playbook catalogue failed');
    try {
      const result = catalog.update(id, patch, Date.now());
      if (result instanceof Promise) result.catch(fail);
    } catch (error: unknown) {
      fail(error);
    }
  };
}
