import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { playbookMeta } from '../../shared/playbook/playbookMeta.js';
import { formatDate } from '../header/formatDate.js';
import { useDocSelector } from '../playbook/useDocSelector.js';
import { StructuredReadOnlyNote } from './StructuredReadOnlyNote.js';

const readMeta = (doc: Y.Doc) => playbookMeta.read(doc);

/**
 * The cover's metadata beyond what the page header shows: area, region, who facilitates, who approved it
 * and when, and when it is to be reviewed. Rows without a value are left out.
 */
export function MetadataView({ doc }: { doc: Y.Doc }) {
  const { t, i18n } = useTranslation();
  const meta = useDocSelector(doc, readMeta);
  const language = i18n.resolvedLanguage ?? 'da';
  const approved = [meta.approvedBy, meta.approvedOn ? formatDate(meta.approvedOn, language) : '']
    .filter(Boolean)
    .join(', ');
  const rows: Array<[string, string]> = [
    [t('editor.meta.area'), meta.area],
    [t('editor.meta.region'), meta.region],
    [t('editor.meta.organiser'), meta.organiser],
    [t('editor.meta.approved'), approved],
    [t('editor.meta.nextReview'), meta.nextReviewOn ? formatDate(meta.nextReviewOn, language) : ''],
  ];
  const shown = rows.filter(([, value]) => value.trim() !== '');
  if (shown.length === 0) return null;
  return (
    <div className="readonly-part" data-testid="metadata">
      <h3 className="readonly-part__heading">{t('editor.meta.heading')}</h3>
      <dl className="meta-grid">
        {shown.map(([term, value]) => (
          <div key={term} className="meta-grid__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <StructuredReadOnlyNote />
    </div>
  );
}
