// Without look-alikes (0/o, 1/l/i), so an id read aloud or copied by hand comes out right.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A fresh, readable playbook id such as `drejebog-k7m2q9xa`; valid by `isValidRoomName`. */
export function suggestPlaybookId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `drejebog-${Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('')}`;
}
