import { useTranslation } from 'react-i18next';
import type { OrganisationDto } from '../../shared/api/authApi.js';

/** An organisation's name with its kind (kommune, a-kasse, other) as a coloured label. */
export function OrganisationTag({ organisation }: { organisation: OrganisationDto }) {
  const { t } = useTranslation();
  return (
    <span className={`org-tag org-tag--${organisation.kind}`} data-kind={organisation.kind}>
      <span className="org-tag__kind">{t(`access.kind.${organisation.kind}`)}</span>
      <span className="org-tag__name">{organisation.name}</span>
    </span>
  );
}
