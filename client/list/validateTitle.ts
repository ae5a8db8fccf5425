import { renamePlaybookBodySchema } from '../../shared/api/playbooksApi.js';

/** The longest title the API accepts, taken from the shared contract. */
export const TITLE_MAX_CHARS = renamePlaybookBodySchema.shape.title.maxLength ?? 200;

/** What is wrong with a title, ready for `t(problem.key, problem.values)`. */
export interface TitleProblem {
  key: 'list.title.required' | 'list.title.tooLong';
  values: { max: number; count: number };
}

/** Checks a playbook title as the server will (trimmed, 1 to TITLE_MAX_CHARS characters); null when fine. */
export function validateTitle(title: string): TitleProblem | null {
  const trimmed = title.trim();
  const values = { max: TITLE_MAX_CHARS, count: trimmed.length };
  if (trimmed === '') return { key: 'list.title.required', values };
  if (trimmed.length > TITLE_MAX_CHARS) return { key: 'list.title.tooLong', values };
  return null;
}
