import type { Member } from '../../shared/api/accessApi.js';
import { PLAYBOOK_ROLES } from '../../shared/access/playbookRole.js';

/**
 * Members in the order the panel lists them: facilitators first, then editors, then readers; by name within a
 * role (Danish collation, so Æ, Ø and Å come last), so the list does not jump when someone joins.
 */
export function sortMembers(members: readonly Member[], locale = 'da'): Member[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...members].sort(
    (a, b) =>
      PLAYBOOK_ROLES.indexOf(a.role) - PLAYBOOK_ROLES.indexOf(b.role) || collator.compare(a.displayName, b.displayName),
  );
}
