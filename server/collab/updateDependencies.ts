import * as Y from 'yjs';

type Struct = Y.Item | Y.GC | Y.Skip;

/**
 * Why an update cannot be integrated as a whole, or null when every struct and deletion it carries refers
 * only to content the document has or the update itself brings, in an order Yjs can integrate.
 *
 * Yjs would keep such an update "pending" (re-sent to every later client and written into snapshots), or
 * throw half-way through integrating it. Checked before applying, so a refused update leaves the document
 * untouched. Mirrors Yjs's own integration order: a client's structs in clock order, and a struct that
 * refers to another client's content first integrates that client up to it. A reference cycle between
 * clients, or from an item to a later item of its own client, never occurs in a real edit history and is
 * refused. Throws when the update cannot be decoded (or is nested deep enough to exhaust the stack).
 */
export function findMissingDependency(doc: Y.Doc, update: Uint8Array): string | null {
  const { structs, ds } = Y.decodeUpdate(update);
  const queues = new Map<number, Struct[]>();
  for (const struct of structs) {
    const queue = queues.get(struct.id.client);
    if (queue) queue.push(struct);
    else queues.set(struct.id.client, [struct]);
  }
  const reach = new Map<number, number>();
  const reachOf = (client: number): number => reach.get(client) ?? Y.getState(doc.store, client);
  const position = new Map<number, number>();
  const integrating = new Set<number>();

  /** Integrates `client`'s structs (in the simulation) until its clock passes `untilClock`. */
  const advance = (client: number, untilClock: number): string | null => {
    if (integrating.has(client)) return `cyclic references through client ${client}`;
    integrating.add(client);
    const queue = queues.get(client) ?? [];
    let index = position.get(client) ?? 0;
    for (; index < queue.length && reachOf(client) <= untilClock; index++) {
      const struct = queue[index]!;
      // A skip marks a range the sender does not have; content after it must already be known here.
      if (struct instanceof Y.Skip) continue;
      const clock = struct.id.clock;
      if (clock > reachOf(client)) return `gap in client ${client}: clock ${clock} after ${reachOf(client)}`;
      if (struct instanceof Y.Item) {
        const parent = struct.parent instanceof Y.ID ? struct.parent : null;
        for (const ref of [struct.origin, struct.rightOrigin, parent]) {
          if (!ref) continue;
          if (ref.client === client) {
            if (ref.clock >= clock) return `item ${client}:${clock} refers to a later item of its own client`;
            continue;
          }
          if (ref.clock < reachOf(ref.client)) continue;
          position.set(client, index);
          const problem = advance(ref.client, ref.clock);
          if (problem !== null) return problem;
          if (ref.clock >= reachOf(ref.client)) return `unknown reference ${ref.client}:${ref.clock}`;
        }
      }
      reach.set(client, Math.max(reachOf(client), clock + struct.length));
    }
    position.set(client, index);
    integrating.delete(client);
    return null;
  };

  for (const client of queues.keys()) {
    const problem = advance(client, Infinity);
    if (problem !== null) return problem;
  }
  for (const [client, deletes] of ds.clients) {
    const end = reachOf(client);
    for (const del of deletes) {
      if (del.clock + del.len > end) return `deletion of unknown content of client ${client}`;
    }
  }
  return null;
}
