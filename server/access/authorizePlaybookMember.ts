import { canEdit } from '../../shared/access/playbookRole.js';
import { CloseCodes } from '../../shared/protocol/closeCodes.js';
import type { Authorize, Principal } from '../collab/authorize.js';
import type { IdentityStore } from '../identity/IdentityStore.js';
import type { PlaybookCatalog } from '../playbooks/PlaybookCatalog.js';
import type { AccessService } from './AccessService.js';
import { presenceIdentity } from './presenceIdentity.js';
import type { CallerResolver } from './resolveCaller.js';

/**
 * The app's websocket authorisation: the caller comes from the session cookie or `?token=`; without valid
 * credentials the socket closes with 4401. A playbook that does not exist and one the caller has no role in
 * both close with 4404, so an outsider learns nothing about which ids exist. Readers connect read-only;
 * the name and organisation on a person's cursor come from their account.
 */
export function authorizePlaybookMember(deps: {
  resolveCaller: CallerResolver;
  access: AccessService;
  identity: IdentityStore;
  catalog: PlaybookCatalog;
}): Authorize {
  return async (request, roomId) => {
    const resolved = await deps.resolveCaller(request, { queryToken: true });
    if (!resolved) return { ok: false, close: CloseCodes.unauthorized };
    const { caller } = resolved;
    const role = await deps.access.roleOf(caller, roomId);
    if (!role || !(await deps.catalog.get(roomId))) return { ok: false, close: CloseCodes.invalidRoom };
    let principal: Principal;
    if (caller.kind === 'user') {
      const organisation = await deps.identity.getOrganisation(caller.user.organisationId);
      principal = {
        kind: 'user',
        canWrite: canEdit(role),
        subject: caller.user.id,
        ...(organisation ? { identity: presenceIdentity(caller.user.displayName, organisation) } : {}),
      };
    } else {
      principal = {
        kind: 'token',
        canWrite: canEdit(role),
        subject: caller.token.id,
        identity: { name: caller.token.label, organisation: 'anden', organisationName: 'API' },
      };
    }
    return { ok: true, principal };
  };
}
