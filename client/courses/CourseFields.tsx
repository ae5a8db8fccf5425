import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDto } from '../../shared/api/authApi.js';
import { MIXED_GROUP_RULES, type MixedGroupRule } from '../../shared/api/coursesApi.js';
import { OrganisationTag } from '../access/OrganisationTag.js';

/** The partner organisations of a course, as checkboxes (used when creating a course and when editing it). */
export function PartnerChoice({
  organisations,
  value,
  onChange,
}: {
  organisations: OrganisationDto[];
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  if (organisations.length === 0) return null;
  return (
    <fieldset className="field course-form__group">
      <legend className="field__label">{t('courses.create.partnersLabel')}</legend>
      {organisations.map((organisation) => (
        <label key={organisation.id} className="course-form__check">
          <input
            type="checkbox"
            checked={value.includes(organisation.id)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, organisation.id] : value.filter((p) => p !== organisation.id))
            }
          />
          <OrganisationTag organisation={organisation} />
        </label>
      ))}
    </fieldset>
  );
}

/** What a one-organisation group gets: flagged, or refused. */
export function MixedRuleChoice({
  name,
  value,
  onChange,
}: {
  name: string;
  value: MixedGroupRule;
  onChange: (rule: MixedGroupRule) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="field course-form__group">
      <legend className="field__label">{t('courses.create.mixedLabel')}</legend>
      {MIXED_GROUP_RULES.map((rule) => (
        <label key={rule} className="course-form__check">
          <input type="radio" name={name} checked={value === rule} onChange={() => onChange(rule)} />
          {rule === 'flag' ? t('courses.create.mixedFlag') : t('courses.create.mixedRefuse')}
        </label>
      ))}
    </fieldset>
  );
}

/** The course's name (required) and goal, as the create and the edit dialog both ask for them. */
export function TitleAndGoalFields({
  id,
  titleRef,
  title,
  onTitle,
  goal,
  onGoal,
}: {
  /** A prefix for the fields' element ids (the dialog's `useId`). */
  id: string;
  titleRef: RefObject<HTMLInputElement | null>;
  title: string;
  onTitle: (title: string) => void;
  goal: string;
  onGoal: (goal: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-title`}>
          {t('courses.create.titleLabel')}
        </label>
        <input
          ref={titleRef}
          id={`${id}-title`}
          className="field__input"
          type="text"
          autoComplete="off"
          maxLength={200}
          value={title}
          onChange={(event) => onTitle(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-goal`}>
          {t('courses.create.goalLabel')}
        </label>
        <p id={`${id}-goal-hint`} className="field__hint">
          {t('courses.create.goalHint')}
        </p>
        <textarea
          id={`${id}-goal`}
          className="field__input"
          rows={2}
          maxLength={2000}
          aria-describedby={`${id}-goal-hint`}
          value={goal}
          onChange={(event) => onGoal(event.target.value)}
        />
      </div>
    </>
  );
}
