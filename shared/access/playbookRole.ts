/**
 * What a person may do in one playbook. Ordered from most to least: a facilitator manages members,
 * invitations, tokens and settings and edits; an editor edits; a reader reads (the server refuses every
 * update a reader sends, whatever the client shows).
 */
export const PLAYBOOK_ROLES = ['facilitator', 'editor', 'reader'] as const;

export type PlaybookRole = (typeof PLAYBOOK_ROLES)[number];

/** Roles an access token can carry: tools read or write, they never manage members. */
export const TOKEN_ROLES = ['editor', 'reader'] as const satisfies readonly PlaybookRole[];
export type TokenRole = (typeof TOKEN_ROLES)[number];

const RANK: Record<PlaybookRole, number> = { facilitator: 3, editor: 2, reader: 1 };

/** Whether `role` gives at least what `needed` gives. */
export function roleAtLeast(role: PlaybookRole, needed: PlaybookRole): boolean {
  return RANK[role] >= RANK[needed];
}

/** The more powerful of two roles (joining by a second invitation never lowers a role). */
export function higherRole(a: PlaybookRole, b: PlaybookRole): PlaybookRole {
  return RANK[a] >= RANK[b] ? a : b;
}

export function canEdit(role: PlaybookRole): boolean {
  return roleAtLeast(role, 'editor');
}
