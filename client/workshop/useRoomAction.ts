import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../api/ApiError.js';
import type { TimedAnswer } from '../api/workshopRoomApi.js';
import type { CourseRoomConnection } from './CourseRoomConnection.js';

const REFUSALS = [
  'timer_not_running',
  'timer_not_paused',
  'timer_not_started',
  'timer_too_long',
  'invalid_request',
] as const;

/**
 * Runs a facilitator's change of the room over HTTP: the answer updates the room at once (the socket brings
 * the same a moment later) and refines the clock offset; a refusal becomes a plain sentence in `error`.
 */
export function useRoomAction(room: CourseRoomConnection | null): {
  run: (change: () => Promise<TimedAnswer>) => Promise<boolean>;
  busy: boolean;
  error: string | null;
} {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (change: () => Promise<TimedAnswer>) => {
      setBusy(true);
      setError(null);
      try {
        room?.noteAnswer(await change());
        return true;
      } catch (failure: unknown) {
        const problem = toApiError(failure);
        const known = REFUSALS.find((code) => code === problem.code);
        setError(
          known ? t(`workshop.controls.refused.${known}`) : `${t('workshop.controls.failed')} ${t(problem.messageKey)}`,
        );
        return false;
      } finally {
        setBusy(false);
      }
    },
    [room, t],
  );
  return { run, busy, error };
}
