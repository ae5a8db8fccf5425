import { uuidv4 } from 'lib0/random';

/** A fresh id for a list item (agenda item, role row, card …), unique across all replicas. */
export function newItemId(): string {
  return uuidv4();
}
