import { z } from 'zod';
import { MERGE_MODES, mergeResultSchema, type MergeMode, type MergeResult } from '../../shared/api/liveViewApi.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';

/** How long after a merge "Fortryd" is still offered when the compare page is opened again. */
const KEPT_MS = 60 * 60 * 1000;

const storedSchema = z.strictObject({
  /** Epoch milliseconds. */
  at: z.number(),
  group: z.string(),
  mode: z.enum(MERGE_MODES),
  result: mergeResultSchema,
});
export type LastMerge = z.infer<typeof storedSchema>;

const keyOf = (courseId: string, sectionId: SectionId) => `drejebog.lastMerge.${courseId}.${sectionId}`;

/**
 * The last merge into a course section, kept in this tab's session storage so its "Fortryd" survives leaving
 * the compare page and coming back (or a reload) for an hour. Only what the undo needs: the blocks the merge
 * put in and, after a replace, the section's text before. Read defensively: storage is outside our control.
 */
export const lastMerge = {
  save(courseId: string, sectionId: SectionId, entry: { group: string; mode: MergeMode; result: MergeResult }) {
    try {
      sessionStorage.setItem(keyOf(courseId, sectionId), JSON.stringify({ at: Date.now(), ...entry }));
    } catch {
      // Storage full or disabled: "Fortryd" is then offered only while the page stays open.
    }
  },

  read(courseId: string, sectionId: SectionId, now = Date.now()): LastMerge | null {
    try {
      const raw = sessionStorage.getItem(keyOf(courseId, sectionId));
      if (raw === null) return null;
      const parsed = storedSchema.safeParse(JSON.parse(raw));
      if (parsed.success && now - parsed.data.at < KEPT_MS && parsed.data.result.sectionId === sectionId) {
        return parsed.data;
      }
      sessionStorage.removeItem(keyOf(courseId, sectionId));
    } catch {
      // Unreadable: as if there were none.
    }
    return null;
  },

  forget(courseId: string, sectionId: SectionId) {
    try {
      sessionStorage.removeItem(keyOf(courseId, sectionId));
    } catch {
      // Nothing to forget.
    }
  },
};
