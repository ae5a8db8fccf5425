import { useTranslation } from 'react-i18next';
import type { Partner } from '../../shared/playbook/playbookFileSchema.js';

/** The partner organisations as small labelled chips: the municipality/job centre and each a-kasse. */
export function PartnersLine({ partners }: { partners: readonly Partner[] }) {
  const { t } = useTranslation();
  return (
    <div className="meta-line" data-testid="partners">
      <dt className="meta-line__term">{t('editor.partners.label')}</dt>
      <dd className="meta-line__value">
        {partners.length === 0 ? (
          <span className="meta-line__muted">{t('editor.partners.none')}</span>
        ) : (
          <ul className="partner-list">
            {partners.map((partner) => (
              <li key={partner.id} className={`partner partner--${partner.kind}`}>
                <span className="partner__kind">{t(`editor.partners.kind.${partner.kind}`)}</span>
                <span className="partner__name">{partner.name}</span>
              </li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}
