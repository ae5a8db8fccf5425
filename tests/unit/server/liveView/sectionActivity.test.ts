import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVITY_WRITE_DELAY_MS, SectionActivity } from '../../../../server/liveView/SectionActivity.js';
import type { SectionActivityStore, SectionEdit } from '../../../../server/liveView/SectionActivityStore.js';

/** The port in memory (unit tests only), counting writes. */
class CountingStore implements SectionActivityStore {
  readonly rows = new Map<string, SectionEdit>();
  writes = 0;
  save(edits: readonly SectionEdit[]): void {
    this.writes += 1;
    for (const edit of edits) this.rows.set(`${edit.playbookId}|${edit.sectionId}`, edit);
  }
  lastEdits(playbookIds: readonly string[]): SectionEdit[] {
    return [...this.rows.values()].filter((edit) => playbookIds.includes(edit.playbookId));
  }
  close(): void {}
}

const akasse = { name: 'Anders', organisation: 'akasse' as const, organisationName: 'Test A-kasse' };
const jobcenter = { name: 'Jette', organisation: 'jobcenter' as const, organisationName: 'Jobcenter' };

describe('section activity', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a burst of typing once, after the delay, and reads the newest edit meanwhile', async () => {
    const store = new CountingStore();
    let now = 1_000;
    const activity = new SectionActivity(store, { error: () => undefined }, () => now);
    for (let key = 0; key < 100; key++) {
      now += 10;
      activity.record('pb-1', ['purpose'], key < 99 ? akasse : jobcenter);
    }
    expect(store.writes).toBe(0);
    const seen = await activity.lastEdits(['pb-1']);
    expect(SectionActivity.find(seen, 'pb-1', 'purpose')).toMatchObject({ at: 2_000, organisation: 'jobcenter' });

    await vi.advanceTimersByTimeAsync(ACTIVITY_WRITE_DELAY_MS);
    expect(store.writes).toBe(1);
    expect([...store.rows.values()]).toEqual([
      { playbookId: 'pb-1', sectionId: 'purpose', at: 2_000, organisation: 'jobcenter', organisationName: 'Jobcenter' },
    ]);
    // From the store now: the same answer.
    expect(SectionActivity.find(await activity.lastEdits(['pb-1']), 'pb-1', 'purpose')?.at).toBe(2_000);
    expect(SectionActivity.find(await activity.lastEdits(['pb-2']), 'pb-1', 'purpose')).toBeNull();
  });

  it('writes what is pending on flush (shutdown)', async () => {
    const store = new CountingStore();
    const activity = new SectionActivity(store, { error: () => undefined }, () => 5);
    activity.record('pb-1', ['goals', 'roles'], akasse);
    await activity.flush();
    expect(store.rows.size).toBe(2);
    expect(store.writes).toBe(1);
    await vi.advanceTimersByTimeAsync(ACTIVITY_WRITE_DELAY_MS);
    expect(store.writes).toBe(1);
  });
});
