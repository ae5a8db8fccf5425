import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon.js';

/** Shown when there are no playbooks yet: what a drejebog is, and a button to create the first one. */
export function EmptyState({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <div className="empty-state__art" aria-hidden="true">
        <span className="empty-state__sheet empty-state__sheet--back" />
        <span className="empty-state__sheet">
          <span className="empty-state__line empty-state__line--head" />
          <span className="empty-state__line" />
          <span className="empty-state__line" />
          <span className="empty-state__line empty-state__line--short" />
        </span>
      </div>
      <div className="empty-state__text">
        <h2 id="empty-state-title" className="empty-state__title">
          {t('list.empty.title')}
        </h2>
        <p className="empty-state__body">{t('list.empty.body')}</p>
        <ul className="empty-state__points">
          <li>{t('list.empty.point1')}</li>
          <li>{t('list.empty.point2')}</li>
          <li>{t('list.empty.point3')}</li>
        </ul>
        <button type="button" className="button button--primary" onClick={onCreate}>
          <Icon name="plus" />
          {t('list.empty.create')}
        </button>
      </div>
    </section>
  );
}
