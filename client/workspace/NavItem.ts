import type { SectionId } from '../../shared/playbook/sectionIds.js';
import type { Peer } from '../collab/Peer.js';
import type { FillState } from '../../shared/playbook/sectionFillState.js';

/** What the section navigation shows for one section. */
export interface NavItem {
  id: SectionId;
  number: number;
  title: string;
  fill: FillState;
  /** The others working in this section right now (not you). */
  peers: readonly Peer[];
}
