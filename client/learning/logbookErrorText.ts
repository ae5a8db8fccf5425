import type { TFunction } from 'i18next';
import { toApiError } from '../api/ApiError.js';

/** A failed logbook request in plain words: the server's own reasons first, then the general ones. */
export function logbookErrorText(error: unknown, t: TFunction): string {
  const problem = toApiError(error);
  if (problem.code === 'personal_data') return t('learning.logbook.refusedPersonalData');
  if (problem.code === 'not_in_group') return t('learning.logbook.notInGroup');
  if (problem.code === 'unknown_action_card') return t('learning.logbook.unknownActionCard');
  return `${t('learning.failed')} ${t(problem.messageKey)}`;
}
