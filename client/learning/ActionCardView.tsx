import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoursePerson } from '../../shared/api/coursesApi.js';
import { isOverdue, type ActionCard } from '../../shared/course/actionCards.js';
import { OrganisationTag } from '../access/OrganisationTag.js';
import { formatDate } from '../header/formatDate.js';
import { BoundTextField } from '../structured/BoundTextField.js';
import { StructuredIcon } from '../structured/StructuredIcon.js';
import { SectionSelect } from './SectionSelect.js';

type Patch = Partial<Omit<ActionCard, 'id'>>;

interface ActionCardViewProps {
  card: ActionCard;
  /** The card's name in announcements (its title, or "Aktionskort N"). */
  name: string;
  /** The group's members: the owners are chosen among them. */
  members: readonly CoursePerson[];
  /** `YYYY-MM-DD` in the person's own time zone. */
  today: string;
  readOnly: boolean;
  onChange: (patch: Patch) => void;
  onRemove: () => void;
  titleRef?: (element: HTMLTextAreaElement | null) => void;
}

const REFLECTION = ['whatHappened', 'why', 'learned', 'nextStep'] as const;

/**
 * One action card (aktionskort): what we will try, the playbook section, what to observe, owners, due date,
 * done, and its reflection (the four questions). Every field writes straight into the working-space Y.Doc,
 * so the group edits it together; people who left the group still show as owners until someone unticks them.
 */
export function ActionCardView(props: ActionCardViewProps) {
  const { card, name, members, today, readOnly, onChange, onRemove } = props;
  const { t, i18n } = useTranslation();
  const id = useId();
  const overdue = isOverdue(card, today);
  const formerOwners = card.owners.filter((owner) => !members.some((m) => m.userId === owner));

  const toggleOwner = (userId: string, on: boolean) =>
    onChange({ owners: on ? [...card.owners, userId] : card.owners.filter((owner) => owner !== userId) });

  return (
    <li
      className={`action-card${card.status === 'done' ? ' action-card--done' : ''}${overdue ? ' action-card--overdue' : ''}`}
      data-card-id={card.id}
    >
      <article aria-labelledby={`${id}-name`}>
        <header className="action-card__header">
          <h3 id={`${id}-name`} className="action-card__name">
            {name}
          </h3>
          <span className={`action-card__state action-card__state--${overdue ? 'overdue' : card.status}`}>
            {overdue
              ? t('learning.cards.overdue')
              : card.status === 'done'
                ? t('learning.cards.done')
                : t('learning.cards.open')}
          </span>
          {!readOnly && (
            <button
              type="button"
              className="structured-icon-button action-card__remove"
              aria-label={`${t('learning.cards.remove')}: ${name}`}
              onClick={onRemove}
            >
              <StructuredIcon name="trash" />
            </button>
          )}
        </header>
        <BoundTextField
          value={card.title}
          onChange={(title) => onChange({ title })}
          label={t('learning.cards.title')}
          visibleLabel
          readOnly={readOnly}
          maxLength={2000}
          inputRef={props.titleRef}
        />
        <div className="action-card__row">
          <div className="structured-field">
            <label className="structured-field__label" htmlFor={`${id}-section`}>
              {t('learning.cards.section')}
            </label>
            <SectionSelect
              id={`${id}-section`}
              value={card.sectionId}
              allowNone
              disabled={readOnly}
              onChange={(sectionId) => onChange({ sectionId })}
            />
          </div>
          <div className="structured-field">
            <label className="structured-field__label" htmlFor={`${id}-due`}>
              {t('learning.cards.due')}
            </label>
            <input
              id={`${id}-due`}
              type="date"
              className="field__input"
              value={card.dueOn ?? ''}
              readOnly={readOnly}
              aria-describedby={overdue ? `${id}-overdue` : undefined}
              onChange={(event) =>
                onChange({ dueOn: /^\d{4}-\d{2}-\d{2}$/.test(event.target.value) ? event.target.value : null })
              }
            />
            {overdue && card.dueOn && (
              <p id={`${id}-overdue`} className="action-card__overdue">
                {t('learning.cards.overdue')}: {formatDate(card.dueOn, i18n.language)}
              </p>
            )}
          </div>
        </div>
        <BoundTextField
          value={card.observe}
          onChange={(observe) => onChange({ observe })}
          label={t('learning.cards.observe')}
          visibleLabel
          multiline
          readOnly={readOnly}
          maxLength={2000}
        />
        <fieldset className="action-card__owners">
          <legend className="structured-field__label">{t('learning.cards.owners')}</legend>
          {members.map((member) => (
            <label key={member.userId} className="action-card__owner">
              <input
                type="checkbox"
                checked={card.owners.includes(member.userId)}
                disabled={readOnly}
                onChange={(event) => toggleOwner(member.userId, event.target.checked)}
              />
              <span>{member.displayName}</span>
              <OrganisationTag organisation={member.organisation} />
            </label>
          ))}
          {formerOwners.length > 0 && !readOnly && (
            <button
              type="button"
              className="button button--quiet button--compact"
              onClick={() => onChange({ owners: card.owners.filter((owner) => !formerOwners.includes(owner)) })}
            >
              {t('learning.cards.removeFormerOwners')}
            </button>
          )}
        </fieldset>
        <label className="action-card__done">
          <input
            type="checkbox"
            checked={card.status === 'done'}
            disabled={readOnly}
            onChange={(event) => onChange({ status: event.target.checked ? 'done' : 'open' })}
          />
          <span>{t('learning.cards.done')}</span>
        </label>
        <fieldset className="action-card__reflection">
          <legend>{t('learning.cards.reflection')}</legend>
          <p className="action-card__hint">{t('learning.cards.reflectionIntro')}</p>
          {REFLECTION.map((field) => (
            <BoundTextField
              key={field}
              value={card[field]}
              onChange={(value) => onChange({ [field]: value })}
              label={t(`learning.cards.${field}`)}
              visibleLabel
              multiline
              readOnly={readOnly}
              maxLength={2000}
            />
          ))}
        </fieldset>
      </article>
    </li>
  );
}
