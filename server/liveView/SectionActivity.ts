import type { PresenceIdentity } from '../collab/authorize.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import type { Logger } from '../logger.js';
import type { SectionActivityStore, SectionEdit } from './SectionActivityStore.js';

/**
 * A few seconds of "last edit" may be lost in a crash; in exchange typing costs no database write per
 * keystroke: each playbook × section is written at most once per this delay.
 */
export const ACTIVITY_WRITE_DELAY_MS = 5000;

const keyOf = (playbookId: string, sectionId: SectionId) => `${playbookId}\u0000${sectionId}`;

/**
 * Who last edited which section (by organisation), for the facilitator's live view. Edits are kept in memory
 * and written in one batch at most every ACTIVITY_WRITE_DELAY_MS; reads see the memory over the store, so
 * they are always current.
 */
export class SectionActivity {
  private readonly unsaved = new Map<string, SectionEdit>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: SectionActivityStore,
    private readonly log: Pick<Logger, 'error'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Notes that `by` just changed these sections of the playbook. */
  record(playbookId: string, sections: Iterable<SectionId>, by: PresenceIdentity): void {
    const at = this.now();
    for (const sectionId of sections) {
      this.unsaved.set(keyOf(playbookId, sectionId), {
        playbookId,
        sectionId,
        at,
        organisation: by.organisation,
        organisationName: by.organisationName,
      });
    }
    if (this.unsaved.size > 0 && !this.timer) {
      this.timer = setTimeout(() => void this.flush(), ACTIVITY_WRITE_DELAY_MS);
      // A pending write never keeps the process alive; close() writes it.
      this.timer.unref();
    }
  }

  /** The last edit of each section of these playbooks that has one. */
  async lastEdits(playbookIds: readonly string[]): Promise<Map<string, SectionEdit>> {
    const edits = new Map<string, SectionEdit>();
    for (const edit of await this.store.lastEdits(playbookIds)) edits.set(keyOf(edit.playbookId, edit.sectionId), edit);
    const wanted = new Set(playbookIds);
    for (const [key, edit] of this.unsaved) if (wanted.has(edit.playbookId)) edits.set(key, edit);
    return edits;
  }

  /** The last edit of one section from what `lastEdits` returned. */
  static find(edits: Map<string, SectionEdit>, playbookId: string, sectionId: SectionId): SectionEdit | null {
    return edits.get(keyOf(playbookId, sectionId)) ?? null;
  }

  /** Writes what is in memory now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.unsaved.size === 0) return;
    const batch = [...this.unsaved.values()];
    this.unsaved.clear();
    try {
      await this.store.save(batch);
    } catch (error: unknown) {
      this.log.error({ err: error }, 'saving section activity failed');
    }
  }
}
