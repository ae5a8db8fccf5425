import { randomInt } from 'node:crypto';
import type { PlaybookCatalog } from './PlaybookCatalog.js';

// Without look-alikes (0/o, 1/l/i), like the ids the client suggested before: readable when copied by hand.
const ID_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const ID_RANDOM_CHARS = 10;

/** A fresh playbook id (`drejebog-` and ten characters, a valid room name) that no catalogue row has yet. */
export async function newPlaybookId(catalog: PlaybookCatalog): Promise<string> {
  for (;;) {
    const random = Array.from({ length: ID_RANDOM_CHARS }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]);
    const id = `drejebog-${random.join('')}`;
    if (!(await catalog.get(id))) return id;
  }
}
