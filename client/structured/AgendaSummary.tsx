import { useTranslation } from 'react-i18next';
import { LEADS } from '../../shared/playbook/Lead.js';
import type { AgendaItem } from '../../shared/playbook/playbookFileSchema.js';
import type { AgendaTimeline } from './agendaTimeline.js';
import { StructuredIcon } from './StructuredIcon.js';

interface AgendaSummaryProps {
  headingId: string;
  items: readonly AgendaItem[];
  timeline: AgendaTimeline;
  readOnly: boolean;
}

/** The head of the agenda: heading, the running total of minutes, a time bar by lead, and what is missing. */
export function AgendaSummary({ headingId, items, timeline, readOnly }: AgendaSummaryProps) {
  const { t } = useTranslation();
  const { totalMinutes, untimedCount } = timeline;
  const usedLeads = LEADS.filter((lead) => items.some((item) => item.lead === lead && (item.minutes ?? 0) > 0));

  return (
    <div className="agenda-summary">
      <div className="agenda-summary__head">
        <div className="agenda-summary__titles">
          <h3 id={headingId} className="structured__heading">
            {t('structured.agenda.heading')}
          </h3>
          {!readOnly && <p className="structured__hint">{t('structured.agenda.hint')}</p>}
        </div>
        <p className="agenda-total" data-testid="agenda-total">
          <span className="agenda-total__label">{t('structured.agenda.totalLabel')}</span>
          <span className="agenda-total__value">{t('structured.agenda.totalValue', { minutes: totalMinutes })}</span>
          <span className="agenda-total__count">{t('structured.agenda.itemCount', { count: items.length })}</span>
        </p>
      </div>
      {totalMinutes > 0 && (
        <div className="agenda-bar" aria-hidden="true">
          <div className="agenda-bar__track">
            {items.map((item, index) =>
              (item.minutes ?? 0) > 0 ? (
                <span
                  key={item.id}
                  className="agenda-bar__segment"
                  data-lead={item.lead}
                  style={{ flexGrow: item.minutes ?? 0 }}
                  title={`${index + 1}. ${item.title} · ${t('structured.agenda.totalValue', { minutes: item.minutes ?? 0 })}`}
                />
              ) : null,
            )}
          </div>
          <ul className="agenda-bar__legend">
            {usedLeads.map((lead) => (
              <li key={lead} data-lead={lead}>
                <span className="lead-dot" />
                {t(`structured.lead.${lead}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {untimedCount > 0 && (
        <p className="structured-warning" data-testid="agenda-untimed">
          <StructuredIcon name="warning" />
          {t('structured.agenda.untimed', { count: untimedCount })}
        </p>
      )}
    </div>
  );
}
