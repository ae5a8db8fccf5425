import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MergeResult } from '../../../../shared/api/liveViewApi.js';
import { lastMerge } from '../../../../client/liveView/lastMerge.js';

// Node has no session storage: a plain in-memory one with the same interface stands in for the browser's.
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  get size() {
    return this.items.size;
  }
}

const empty = { type: 'doc', content: [] };
const result: MergeResult = {
  sectionId: 'purpose',
  content: empty,
  previous: empty,
  words: 0,
  inserted: [{ client: 12, clock: 3 }],
  replaced: false,
};

describe('lastMerge (the undo of the last merge, kept for the tab)', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    Object.assign(globalThis, { sessionStorage: storage });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'sessionStorage');
  });

  it('gives back what was saved for the same course and section only, for an hour', () => {
    lastMerge.save('course-1', 'purpose', { group: 'Gruppe Nord', mode: 'append', result });
    expect(lastMerge.read('course-1', 'purpose')).toMatchObject({ group: 'Gruppe Nord', mode: 'append', result });
    expect(lastMerge.read('course-1', 'roles')).toBeNull();
    expect(lastMerge.read('course-2', 'purpose')).toBeNull();
    expect(lastMerge.read('course-1', 'purpose', Date.now() + 61 * 60 * 1000)).toBeNull();
    // Expired entries are removed when read.
    expect(storage.size).toBe(0);
  });

  it('forgets after an undo', () => {
    lastMerge.save('course-1', 'purpose', { group: 'Gruppe Nord', mode: 'replace', result });
    lastMerge.forget('course-1', 'purpose');
    expect(lastMerge.read('course-1', 'purpose')).toBeNull();
  });

  it('treats anything malformed in storage as nothing (and drops it)', () => {
    for (const raw of [
      '{not json',
      '{"at":1}',
      JSON.stringify({ at: Date.now(), group: 'x', mode: 'merge', result }),
    ]) {
      storage.setItem('drejebog.lastMerge.course-1.purpose', raw);
      expect(lastMerge.read('course-1', 'purpose'), raw).toBeNull();
    }
  });
});
