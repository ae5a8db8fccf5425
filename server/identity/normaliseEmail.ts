/** One spelling per address, so "Anne@Kommune.dk " and "anne@kommune.dk" are the same account. */
export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}
