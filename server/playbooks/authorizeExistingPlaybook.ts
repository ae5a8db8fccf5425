import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import { admitEveryone, type Authorize } from '../collab/authorize.js';
import type { PlaybookCatalog } from './PlaybookCatalog.js';

/**
 * Opens only playbooks in the catalogue (created through the API, so seeded on the server); any other id is
 * closed with 4404 before a room is loaded, so a typo in an address never creates an empty document. For a
 * playbook that exists, `next` decides (access control later; everyone for now). Archived playbooks open.
 */
export function authorizeExistingPlaybook(catalog: PlaybookCatalog, next: Authorize = admitEveryone): Authorize {
  return async (request, roomId) => {
    if (!(await catalog.get(roomId))) return { ok: false, close: CloseCodes.invalidRoom };
    return next(request, roomId);
  };
}
