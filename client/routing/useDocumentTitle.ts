import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title to `parts` followed by the product name, e.g. "Fælles noter · abc · Drejebog". */
export function useDocumentTitle(...parts: string[]): void {
  const { t } = useTranslation();
  const title = [...parts, t('app.name')].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
