import type { PresenceIdentity } from '../collab/authorize.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import type { MaybePromise } from '../storage/DocumentStore.js';

/** The last edit of one section of one playbook by a person: when (epoch ms) and from which organisation. */
export interface SectionEdit {
  playbookId: string;
  sectionId: SectionId;
  at: number;
  organisation: PresenceIdentity['organisation'];
  organisationName: string;
}

/**
 * The port to "who last edited which section": one row per playbook × section, overwritten by later edits.
 * Storage only; SectionActivity decides how often to write.
 */
export interface SectionActivityStore {
  /** Writes the edits, each replacing the playbook × section's previous one. */
  save(edits: readonly SectionEdit[]): MaybePromise<void>;
  /** The stored last edits of these playbooks. */
  lastEdits(playbookIds: readonly string[]): MaybePromise<SectionEdit[]>;
  close(): MaybePromise<void>;
}
