import type * as Y from 'yjs';

/** What `doc.share` holds (yjs types it with `any` events). */
type RootType = Y.Doc['share'] extends Map<string, infer T> ? T : never;

/**
 * The names of the root types (`section:purpose`, `agenda`, `actionCards` …) a transaction changed, found by
 * climbing from each changed type to its root. A keystroke changes one or two types, and a playbook has a
 * few dozen roots, so this costs next to nothing; it runs only when a room has a listener for it.
 */
export function changedRootNames(doc: Y.Doc, transaction: Y.Transaction): Set<string> {
  const roots = new Set<RootType>();
  for (const type of transaction.changed.keys()) {
    let current: RootType = type;
    // reason: an integrated item's parent is always a type (an ID only while an update is being decoded).
    while (current._item !== null) current = current._item.parent as RootType;
    roots.add(current);
  }
  const names = new Set<string>();
  if (roots.size === 0) return names;
  for (const [name, type] of doc.share) if (roots.has(type)) names.add(name);
  return names;
}
