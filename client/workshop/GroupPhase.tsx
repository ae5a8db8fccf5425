import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, phaseOf, type Phase } from '../../shared/course/courseRoom.js';
import { setPhase } from '../api/workshopRoomApi.js';
import '../styles/workshop.css';
import { useCourseRoom } from './useCourseRoom.js';
import { useRoomAction } from './useRoomAction.js';

/**
 * A learning group's place in the action-learning cycle (Planlæg → Afprøv → Observér → Reflektér), live from
 * the workshop room; facilitators change it with a labelled list (keyboard: focus it, arrow keys).
 */
export function GroupPhase({
  courseId,
  groupId,
  groupName,
  facilitator,
}: {
  courseId: string;
  groupId: string;
  groupName: string;
  facilitator: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { room, snapshot } = useCourseRoom(courseId);
  const { run, busy, error } = useRoomAction(room);
  if (!snapshot) return null;
  const current = phaseOf(snapshot.state, groupId);
  const name = (phase: Phase) => t(`workshop.phase.${phase}`);
  return (
    <div className="group-phase" data-testid="group-phase" data-phase={current}>
      <p className="workshop-sr-only" id={`${id}-label`} aria-live="polite">
        {t('workshop.phase.current', { phase: name(current) })}
      </p>
      <ol className="group-phase__cycle" aria-label={t('workshop.phase.cycle')}>
        {PHASES.map((phase) => (
          <li key={phase} className="group-phase__step" aria-current={phase === current ? 'step' : undefined}>
            {name(phase)}
          </li>
        ))}
      </ol>
      {facilitator && (
        <select
          className="field__input group-phase__select"
          aria-label={t('workshop.phase.select', { group: groupName })}
          value={current}
          disabled={busy}
          onChange={(event) => {
            const phase = PHASES.find((candidate) => candidate === event.target.value);
            if (phase) void run(() => setPhase(courseId, groupId, { phase }));
          }}
        >
          {PHASES.map((phase) => (
            <option key={phase} value={phase}>
              {name(phase)}
            </option>
          ))}
        </select>
      )}
      {error && (
        <p className="workshop-controls__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
