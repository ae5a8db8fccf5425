import * as Y from 'yjs';

/**
 * Why an update cannot be integrated as a whole, or null when every struct and deletion it carries refers
 * only to content the document (or the update itself) has.
 *
 * Yjs keeps such an update "pending" and silently re-sends it to every later client; a room that accepted
 * it would store a document that cannot be read back completely. Checked before applying, so a refused
 * update leaves the document untouched. Throws when the update cannot be decoded at all.
 */
export function findMissingDependency(doc: Y.Doc, update: Uint8Array): string | null {
  const { structs, ds } = Y.decodeUpdate(update);
  // Pass 1: how far each client's clock reaches once the update's structs are appended without a gap.
  const reach = new Map<number, number>();
  const reachOf = (client: number): number => reach.get(client) ?? Y.getState(doc.store, client);
  for (const struct of structs) {
    const client = struct.id.client;
    const current = reachOf(client);
    if (struct instanceof Y.Skip) {
      // A skip marks a range the sender does not have; content after it must already be known to us.
      reach.set(client, current);
      continue;
    }
    if (struct.id.clock > current) return `gap in client ${client}: clock ${struct.id.clock} after ${current}`;
    reach.set(client, Math.max(current, struct.id.clock + struct.length));
  }
  const known = (id: Y.ID): boolean => id.clock < reachOf(id.client);
  // Pass 2: every reference from an item points into what exists after the update.
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (struct.origin && !known(struct.origin)) return 'unknown left origin';
    if (struct.rightOrigin && !known(struct.rightOrigin)) return 'unknown right origin';
    if (struct.parent instanceof Y.ID && !known(struct.parent)) return 'unknown parent';
  }
  for (const [client, deletes] of ds.clients) {
    const end = reachOf(client);
    for (const del of deletes) {
      if (del.clock + del.len > end) return `deletion of unknown content of client ${client}`;
    }
  }
  return null;
}
