import { isSectionId, type SectionId } from '../../shared/playbook/sectionIds.js';
import type { LocalUser } from '../identity/LocalUser.js';
import { isOrganisation, type Organisation } from '../identity/Organisation.js';

/** Someone with the playbook open, as announced in awareness. */
export interface Peer {
  clientId: number;
  name: string;
  color: string;
  organisation: Organisation;
  /** The section they are working in (focused or reading), or null when unknown. */
  section: SectionId | null;
  isLocal: boolean;
}

/** The awareness `user` field we announce: also what the caret extension draws the label from. */
export interface AwarenessUser {
  name: string;
  color: string;
  organisation: Organisation;
}

/** The part of the local user the others see. */
export function awarenessUser(user: LocalUser): AwarenessUser {
  return { name: user.name, color: user.color, organisation: user.organisation };
}

/** A peer from one awareness state, or null when the state carries no usable user (parse at the edge). */
export function peerFromAwareness(clientId: number, state: Record<string, unknown>, localId: number): Peer | null {
  const user = state['user'];
  if (typeof user !== 'object' || user === null) return null;
  const { name, color, organisation } = user as Record<string, unknown>;
  if (typeof name !== 'string' || typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return null;
  const section = state['section'];
  return {
    clientId,
    name: name.slice(0, 60),
    color,
    organisation: isOrganisation(organisation) ? organisation : 'anden',
    section: isSectionId(section) ? section : null,
    isLocal: clientId === localId,
  };
}
