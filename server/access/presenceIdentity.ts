import type { PresenceIdentity } from '../collab/authorize.js';
import type { Organisation } from '../identity/IdentityStore.js';

// The presence vocabulary predates organisation kinds: the client colours carets by these three.
const PRESENCE_ORGANISATION: Record<Organisation['kind'], PresenceIdentity['organisation']> = {
  kommune: 'jobcenter',
  akasse: 'akasse',
  andet: 'anden',
};

/** What a person's cursor and presence show, from their account (never from what their client claims). */
export function presenceIdentity(displayName: string, organisation: Organisation): PresenceIdentity {
  return {
    name: displayName,
    organisation: PRESENCE_ORGANISATION[organisation.kind],
    organisationName: organisation.name,
  };
}
