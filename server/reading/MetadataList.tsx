import type { PlaybookFile } from '../../shared/playbook/playbookFileSchema.js';
import { formatDate } from './formatDate.js';
import type { ReadingLanguage, ReadingTexts } from './readingTexts.js';

/** The playbook's metadata: rule basis, partners, area and the rest that is filled in. */
export function MetadataList({
  meta,
  texts,
  language,
}: {
  meta: PlaybookFile['meta'];
  texts: ReadingTexts;
  language: ReadingLanguage;
}) {
  const { ruleBasis } = meta;
  const rows: Array<[string, string]> = [];
  if (ruleBasis.name || ruleBasis.reference) {
    const period = `${texts.validFrom} ${formatDate(ruleBasis.validFrom, language)}${
      ruleBasis.validTo ? ` ${texts.validTo} ${formatDate(ruleBasis.validTo, language)}` : ''
    }`;
    const name = [ruleBasis.name, ruleBasis.reference && `(${ruleBasis.reference})`].filter(Boolean).join(' ');
    rows.push([texts.ruleBasis, `${name}, ${period}`]);
  }
  if (meta.area) rows.push([texts.area, meta.area]);
  if (meta.region) rows.push([texts.region, meta.region]);
  if (meta.version) rows.push([texts.version, meta.version]);
  if (meta.approvedBy) rows.push([texts.approvedBy, meta.approvedBy]);
  if (meta.approvedOn) rows.push([texts.approvedOn, formatDate(meta.approvedOn, language)]);
  if (meta.nextReviewOn) rows.push([texts.nextReviewOn, formatDate(meta.nextReviewOn, language)]);
  if (meta.organiser) rows.push([texts.organiser, meta.organiser]);
  return (
    <dl className="meta" data-testid="metadata">
      {rows.map(([label, value]) => (
        <div key={label} className="meta__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      {meta.partners.length > 0 && (
        <div className="meta__row">
          <dt>{texts.partners}</dt>
          <dd>
            <ul className="meta__partners">
              {meta.partners.map((partner) => (
                <li key={partner.id}>
                  {partner.name}
                  {partner.branch && `, ${partner.branch}`}{' '}
                  <span className="muted">({texts.partnerKinds[partner.kind]})</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
