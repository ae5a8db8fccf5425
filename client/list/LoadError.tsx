import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/ApiError.js';
import { Icon } from '../components/Icon.js';

/** The list could not be loaded: what happened in plain words, and a button to try again. */
export function LoadError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="load-error" role="alert" aria-labelledby="load-error-title" data-error-code={error.code}>
      <Icon name="alert" className="load-error__icon" />
      <div className="load-error__text">
        <h2 id="load-error-title" className="load-error__title">
          {t('list.loadError.title')}
        </h2>
        <p>{t(error.messageKey)}</p>
      </div>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        <Icon name="retry" />
        {t('list.loadError.retry')}
      </button>
    </section>
  );
}
