import { useTranslation } from 'react-i18next';

/** Says plainly that this part is shown but not yet editable here, and where to write additions instead. */
export function StructuredReadOnlyNote() {
  const { t } = useTranslation();
  return <p className="readonly-part__note">{t('editor.readOnlyPart')}</p>;
}
