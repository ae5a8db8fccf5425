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
