import { uuidv4 } from 'lib0/random';
import { findPersonalData } from './findPersonalData.js';

/**
 * A fresh id for a list item (agenda item, role row, card …), unique across all replicas. About one random
 * UUID in a few thousand holds ten digits that read as a CPR number ("…ab640475-5747…"), and a playbook
 * holding one is refused everywhere personal data is checked (import, files), so such ids are drawn again.
 */
export function newItemId(generate: () => string = uuidv4): string {
  for (;;) {
    const id = generate();
    if (findPersonalData(id).length === 0) return id;
  }
}
