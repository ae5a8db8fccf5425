import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorLine } from '../access/ErrorLine.js';
import type { MixedGroupRule } from '../../shared/api/coursesApi.js';
import type { OrganisationDto } from '../../shared/api/authApi.js';
import { listOrganisations } from '../api/accessApi.js';
import { toApiError } from '../api/ApiError.js';
import { createCourse } from '../api/coursesApi.js';
import { Icon } from '../components/Icon.js';
import { Modal } from '../components/Modal.js';
import { MixedRuleChoice, PartnerChoice, TitleAndGoalFields } from './CourseFields.js';
import { BLANK_CHOICE, defaultTemplateId, TemplateChoice } from '../list/TemplateChoice.js';
import { useTemplates } from '../list/useTemplates.js';
import { navigate } from '../routing/navigate.js';

interface WorkshopDraft {
  key: number;
  title: string;
  date: string;
}

/** "Nyt forløb": title, goal, partners, template of the course playbook, the mixed-group rule, workshops. */
export function NewCourseDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const templates = useTemplates();
  const [title, setTitle] = useState('');
  const [goal, setGoal] = useState('');
  const [organisations, setOrganisations] = useState<OrganisationDto[]>([]);
  const [partners, setPartners] = useState<string[]>([]);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const [mixedGroups, setMixedGroups] = useState<MixedGroupRule>('flag');
  const [workshops, setWorkshops] = useState<WorkshopDraft[]>([{ key: 1, title: 'Workshop 1', date: '' }]);
  const [problem, setProblem] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const nextKey = useRef(2);

  useEffect(() => {
    const controller = new AbortController();
    listOrganisations(controller.signal).then(setOrganisations, () => setOrganisations([]));
    return () => controller.abort();
  }, []);

  const loaded = templates.state.kind === 'ready' ? templates.state.templates : null;
  const choice = picked ?? (loaded ? defaultTemplateId(loaded) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (creating) return;
    if (title.trim() === '') {
      setProblem(t('courses.create.titleMissing'));
      titleRef.current?.focus();
      return;
    }
    if (workshops.some((w) => w.title.trim() === '' || w.date === '')) {
      setProblem(t('courses.create.workshopInvalid'));
      return;
    }
    setCreating(true);
    setProblem(null);
    try {
      const created = await createCourse({
        title: title.trim(),
        goal: goal.trim(),
        partnerOrganisationIds: partners,
        mixedGroups,
        templateId: choice === undefined || choice === BLANK_CHOICE ? null : choice,
        workshops: workshops.map((w) => ({ title: w.title.trim(), date: w.date })),
      });
      navigate(`/forloeb/${created.course.id}`);
    } catch (error: unknown) {
      setProblem(`${t('courses.create.failed')} ${t(toApiError(error).messageKey)}`);
      setCreating(false);
    }
  };

  const changeWorkshop = (key: number, change: Partial<WorkshopDraft>) =>
    setWorkshops((list) => list.map((w) => (w.key === key ? { ...w, ...change } : w)));

  return (
    <Modal labelledBy={`${id}-heading`} describedBy={`${id}-intro`} onClose={onClose} initialFocus={titleRef}>
      <form className="modal__form" noValidate onSubmit={(event) => void submit(event)}>
        <header className="modal__header">
          <h2 id={`${id}-heading`} className="modal__title">
            {t('courses.create.title')}
          </h2>
          <button type="button" className="modal__close" aria-label={t('courses.create.close')} onClick={onClose}>
            <Icon name="close" />
          </button>
        </header>
        <div className="modal__body">
          <p id={`${id}-intro`} className="modal__intro">
            {t('courses.create.intro')}
          </p>
          <TitleAndGoalFields
            id={id}
            titleRef={titleRef}
            title={title}
            onTitle={setTitle}
            goal={goal}
            onGoal={setGoal}
          />
          <PartnerChoice organisations={organisations} value={partners} onChange={setPartners} />
          <TemplateChoice
            name={`${id}-template`}
            state={templates.state}
            value={choice}
            error={null}
            onChange={setPicked}
            onRetry={templates.retry}
          />
          <MixedRuleChoice name={`${id}-mixed`} value={mixedGroups} onChange={setMixedGroups} />
          <fieldset className="field course-form__group">
            <legend className="field__label">{t('courses.create.workshopsLabel')}</legend>
            {workshops.map((workshop, index) => (
              <div key={workshop.key} className="course-form__workshop">
                <input
                  className="field__input"
                  type="text"
                  aria-label={t('courses.create.workshopTitle', { n: index + 1 })}
                  value={workshop.title}
                  maxLength={200}
                  onChange={(event) => changeWorkshop(workshop.key, { title: event.target.value })}
                />
                <input
                  className="field__input course-form__date"
                  type="date"
                  aria-label={t('courses.create.workshopDate', { n: index + 1 })}
                  value={workshop.date}
                  onChange={(event) => changeWorkshop(workshop.key, { date: event.target.value })}
                />
                <button
                  type="button"
                  className="button button--quiet button--compact"
                  aria-label={t('courses.create.removeWorkshop', { n: index + 1 })}
                  onClick={() => setWorkshops((list) => list.filter((w) => w.key !== workshop.key))}
                >
                  <Icon name="close" />
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button button--secondary button--compact"
              onClick={() =>
                setWorkshops((list) => [
                  ...list,
                  { key: nextKey.current++, title: `Workshop ${list.length + 1}`, date: '' },
                ])
              }
            >
              <Icon name="plus" />
              {t('courses.create.addWorkshop')}
            </button>
          </fieldset>
          <ErrorLine message={problem} />
        </div>
        <footer className="modal__footer">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('courses.create.cancel')}
          </button>
          <button type="submit" className="button button--primary" aria-disabled={creating}>
            {creating ? t('courses.create.submitting') : t('courses.create.submit')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
