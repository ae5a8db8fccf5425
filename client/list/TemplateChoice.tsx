import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../shared/api/playbooksApi.js';
import { Icon } from '../components/Icon.js';
import type { TemplatesState } from './useTemplates.js';

/** Radio value for "Tom drejebog" (templateId null). */
export const BLANK_CHOICE = '';

/** The template to preselect: the standard template, else the first template, else blank. */
export function defaultTemplateId(templates: TemplateSummary[]): string {
  const standard = templates.find((tpl) => tpl.id === 'standard') ?? templates.find((tpl) => tpl.kind === 'template');
  return standard?.id ?? BLANK_CHOICE;
}

function ChoiceCard({
  name,
  value,
  checked,
  onChange,
  title,
  description,
  tag,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: (value: string) => void;
  title: string;
  description: string;
  tag?: string;
}) {
  const id = useId();
  // The radio is named by the title alone; the tag and description are its description.
  return (
    <label className="choice-card">
      <input
        className="choice-card__input"
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
        aria-labelledby={`${id}-title`}
        aria-describedby={tag ? `${id}-tag ${id}-description` : `${id}-description`}
      />
      <span className="choice-card__text">
        <span className="choice-card__head">
          <span id={`${id}-title`} className="choice-card__title">
            {title}
          </span>
          {tag && (
            <span id={`${id}-tag`} className="choice-card__tag">
              {tag}
            </span>
          )}
        </span>
        <span id={`${id}-description`} className="choice-card__description">
          {description}
        </span>
      </span>
    </label>
  );
}

/**
 * What a new playbook starts from, as radio cards: the templates (the standard one marked as recommended),
 * a blank playbook, and the examples. While templates load, placeholders keep the layout still.
 */
export function TemplateChoice({
  name,
  state,
  value,
  onChange,
  onRetry,
  error,
}: {
  name: string;
  state: TemplatesState;
  /** The chosen id, BLANK_CHOICE, or undefined while nothing is chosen. */
  value: string | undefined;
  onChange: (value: string) => void;
  onRetry: () => void;
  error: string | null;
}) {
  const { t, i18n } = useTranslation();
  const templates = state.kind === 'ready' ? state.templates : [];
  // The templates' content is Danish; their names are shown in English where the server has them.
  const english = i18n.language === 'en';
  const card = (tpl: TemplateSummary) => (
    <ChoiceCard
      key={tpl.id}
      name={name}
      value={tpl.id}
      checked={value === tpl.id}
      onChange={onChange}
      title={english && tpl.english ? tpl.english.title : tpl.title}
      description={english && tpl.english ? tpl.english.description : tpl.description}
      tag={tpl.id === defaultTemplateId(templates) ? t('list.create.recommended') : undefined}
    />
  );
  const examples = templates.filter((tpl) => tpl.kind === 'example');
  return (
    <fieldset className="template-choice" aria-busy={state.kind === 'loading'}>
      <legend className="field__label template-choice__legend">{t('list.create.startLegend')}</legend>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {state.kind === 'loading' && (
        <div className="template-choice__group" aria-hidden="true">
          {[0, 1, 2].map((i) => (
            <div key={i} className="choice-card choice-card--skeleton">
              <span className="skeleton skeleton--title" />
              <span className="skeleton skeleton--line" />
            </div>
          ))}
        </div>
      )}
      {state.kind === 'loading' && <p className="visually-hidden">{t('list.create.templatesLoading')}</p>}
      {state.kind === 'error' && (
        <div className="inline-error" role="alert">
          <Icon name="alert" className="inline-error__icon" />
          <p className="inline-error__text">
            {t('list.create.templatesError')} {t(state.error.messageKey)}
          </p>
          <button type="button" className="button button--secondary button--compact" onClick={onRetry}>
            {t('list.create.templatesRetry')}
          </button>
        </div>
      )}
      <div className="template-choice__group">
        {state.kind === 'ready' && <p className="template-choice__heading">{t('list.create.templatesHeading')}</p>}
        {templates.filter((tpl) => tpl.kind === 'template').map(card)}
        <ChoiceCard
          name={name}
          value={BLANK_CHOICE}
          checked={value === BLANK_CHOICE}
          onChange={onChange}
          title={t('list.create.blankTitle')}
          description={t('list.create.blankDescription')}
        />
      </div>
      {examples.length > 0 && (
        <div className="template-choice__group">
          <p className="template-choice__heading">{t('list.create.examplesHeading')}</p>
          {examples.map(card)}
        </div>
      )}
    </fieldset>
  );
}
