import type { Me } from '../../shared/api/authApi.js';
import type { LocalUser } from '../identity/LocalUser.js';
import { colourFor, type Organisation } from '../identity/Organisation.js';

// The presence vocabulary predates organisation kinds; the server maps them the same way
// (server/access/presenceIdentity.ts), so the colour we pick matches the organisation it announces.
const PRESENCE_ORGANISATION: Record<Me['organisation']['kind'], Organisation> = {
  kommune: 'jobcenter',
  akasse: 'akasse',
  andet: 'anden',
};

/** How the signed-in person appears to the others: their account name, organisation kind and its colour. */
export function presenceUser(me: Me): LocalUser {
  const organisation = PRESENCE_ORGANISATION[me.organisation.kind];
  return { name: me.user.displayName, organisation, color: colourFor(organisation, me.user.displayName) };
}
