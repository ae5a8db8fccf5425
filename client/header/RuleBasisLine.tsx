import { useTranslation } from 'react-i18next';
import type { RuleBasis } from '../../shared/playbook/playbookFileSchema.js';
import { formatDate } from './formatDate.js';

/** "Regelgrundlag: <name> (<reference>), gældende fra <date>" — what every rule-dependent sentence rests on. */
export function RuleBasisLine({ ruleBasis }: { ruleBasis: RuleBasis }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'da';
  const named = ruleBasis.name.trim() !== '';
  return (
    <div className="meta-line" data-testid="rule-basis">
      <dt className="meta-line__term">{t('editor.ruleBasis.label')}</dt>
      <dd className="meta-line__value">
        {named ? (
          <>
            <span className="meta-line__strong">{ruleBasis.name}</span>
            {ruleBasis.reference && <span className="meta-line__muted"> ({ruleBasis.reference})</span>}
            {', '}
            {t('editor.ruleBasis.validFrom', { date: formatDate(ruleBasis.validFrom, language) })}
            {ruleBasis.validTo &&
              ` ${t('editor.ruleBasis.validTo', { date: formatDate(ruleBasis.validTo, language) })}`}
          </>
        ) : (
          <span className="meta-line__muted">{t('editor.ruleBasis.none')}</span>
        )}
      </dd>
    </div>
  );
}
