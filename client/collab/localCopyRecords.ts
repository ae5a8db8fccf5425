import { z } from 'zod';
import { PLAYBOOK_ROLES } from '../../shared/access/playbookRole.js';

/**
 * Whose this browser's copy of a playbook is: the account that opened it (only that account ever sees the
 * copy without the server's say-so, when offline), its last role there (a reader's copy opens read-only),
 * and whether the copy holds changes the server has not confirmed (signing out asks before deleting those).
 */
export const localCopyRecordSchema = z.object({
  accountId: z.string().min(1),
  role: z.enum(PLAYBOOK_ROLES),
  unsaved: z.boolean(),
});
export type LocalCopyRecord = z.infer<typeof localCopyRecordSchema>;

const KEY_PREFIX = 'drejebog.localCopy:';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // reason: storage disabled (privacy settings): no record means no copy is ever shown without the server.
    return null;
  }
}

/** The record of `playbookId`'s copy; null when there is none or it does not parse (treated as nobody's). */
export function readLocalCopyRecord(playbookId: string): LocalCopyRecord | null {
  const raw = storage()?.getItem(KEY_PREFIX + playbookId) ?? null;
  if (raw === null) return null;
  try {
    const parsed = localCopyRecordSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    // reason: not JSON (written by hand or by something else): the same as no record.
    return null;
  }
}

export function writeLocalCopyRecord(playbookId: string, record: LocalCopyRecord): void {
  try {
    storage()?.setItem(KEY_PREFIX + playbookId, JSON.stringify(record));
  } catch {
    // reason: storage full or refused; without a record the copy is only shown after the server's yes.
  }
}

/** Changes fields of an existing record; does nothing when the copy has none (it was deleted meanwhile). */
export function updateLocalCopyRecord(playbookId: string, change: Partial<LocalCopyRecord>): void {
  const current = readLocalCopyRecord(playbookId);
  if (!current) return;
  const next = { ...current, ...change };
  if (next.role !== current.role || next.unsaved !== current.unsaved || next.accountId !== current.accountId) {
    writeLocalCopyRecord(playbookId, next);
  }
}

export function removeLocalCopyRecord(playbookId: string): void {
  storage()?.removeItem(KEY_PREFIX + playbookId);
}

/** Every record in this browser, by playbook id. */
export function listLocalCopyRecords(): Map<string, LocalCopyRecord> {
  const records = new Map<string, LocalCopyRecord>();
  const store = storage();
  if (!store) return records;
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (!key?.startsWith(KEY_PREFIX)) continue;
    const playbookId = key.slice(KEY_PREFIX.length);
    const record = readLocalCopyRecord(playbookId);
    if (record) records.set(playbookId, record);
  }
  return records;
}
