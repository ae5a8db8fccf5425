import { useTranslation } from 'react-i18next';
import type { Lead } from '../../shared/playbook/Lead.js';

/** Who owns a checklist item or a "hvis … så" card: Jobcenter, A-kasse, Borger or Fælles. */
export function LeadTag({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  return <span className={`lead-tag lead-tag--${lead}`}>{t(`editor.lead.${lead}`)}</span>;
}
