import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorLine } from '../access/ErrorLine.js';
import type { OrganisationDto } from '../../shared/api/authApi.js';
import type { CourseOverview, MixedGroupRule } from '../../shared/api/coursesApi.js';
import { findPersonalData } from '../../shared/playbook/findPersonalData.js';
import { listOrganisations } from '../api/accessApi.js';
import { toApiError } from '../api/ApiError.js';
import { updateCourse } from '../api/courseEditingApi.js';
import { Icon } from '../components/Icon.js';
import { Modal } from '../components/Modal.js';
import { MixedRuleChoice, PartnerChoice, TitleAndGoalFields } from './CourseFields.js';

/**
 * "Forløbets oplysninger": the facilitator changes the course's name, goal, partner organisations and the
 * rule for one-organisation groups after the course was created. Only changed fields are sent.
 */
export function CourseSettingsDialog({
  overview,
  onSaved,
  onClose,
}: {
  overview: CourseOverview;
  onSaved: (next: CourseOverview) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const { course } = overview;
  const [title, setTitle] = useState(course.title);
  const [goal, setGoal] = useState(course.goal);
  const [partners, setPartners] = useState(course.partnerOrganisations.map((o) => o.id));
  const [mixedGroups, setMixedGroups] = useState<MixedGroupRule>(course.mixedGroups);
  const [organisations, setOrganisations] = useState<OrganisationDto[]>(course.partnerOrganisations);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    listOrganisations(controller.signal).then(setOrganisations, () => undefined);
    return () => controller.abort();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (title.trim() === '') {
      setProblem(t('courses.create.titleMissing'));
      titleRef.current?.focus();
      return;
    }
    if (findPersonalData(`${title}\n${goal}`).length > 0) {
      setProblem(t('courseEditing.personalData'));
      return;
    }
    const before = course.partnerOrganisations.map((o) => o.id);
    const patch = {
      ...(title.trim() !== course.title ? { title: title.trim() } : {}),
      ...(goal.trim() !== course.goal ? { goal: goal.trim() } : {}),
      ...(partners.length !== before.length || partners.some((p) => !before.includes(p))
        ? { partnerOrganisationIds: partners }
        : {}),
      ...(mixedGroups !== course.mixedGroups ? { mixedGroups } : {}),
    };
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      onSaved(await updateCourse(course.id, patch));
      onClose();
    } catch (error: unknown) {
      setProblem(`${t('courseEditing.failed')} ${t(toApiError(error).messageKey)}`);
      setSaving(false);
    }
  };

  return (
    <Modal labelledBy={`${id}-heading`} onClose={onClose} initialFocus={titleRef}>
      <form className="modal__form" noValidate onSubmit={(event) => void submit(event)} data-testid="course-settings">
        <header className="modal__header">
          <h2 id={`${id}-heading`} className="modal__title">
            {t('courseEditing.settings.title')}
          </h2>
          <button type="button" className="modal__close" aria-label={t('courses.create.close')} onClick={onClose}>
            <Icon name="close" />
          </button>
        </header>
        <div className="modal__body">
          <TitleAndGoalFields
            id={id}
            titleRef={titleRef}
            title={title}
            onTitle={setTitle}
            goal={goal}
            onGoal={setGoal}
          />
          <PartnerChoice organisations={organisations} value={partners} onChange={setPartners} />
          <MixedRuleChoice name={`${id}-mixed`} value={mixedGroups} onChange={setMixedGroups} />
          <ErrorLine message={problem} />
        </div>
        <footer className="modal__footer">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('courseEditing.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={saving}>
            {saving ? t('courseEditing.saving') : t('courseEditing.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
