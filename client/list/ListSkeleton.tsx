import { useTranslation } from 'react-i18next';

/** Grey placeholder rows in the shape of the list while the first answer is on its way. */
export function ListSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="list-skeleton" role="status" data-testid="list-loading">
      <span className="visually-hidden">{t('list.loading')}</span>
      <ul className="pb-list" aria-hidden="true">
        {[72, 56, 64].map((width) => (
          <li key={width} className="pb-card pb-card--skeleton">
            <span className="pb-card__icon skeleton" />
            <span className="pb-card__body">
              <span className="skeleton skeleton--title" style={{ width: `${width}%` }} />
              <span className="skeleton skeleton--line" />
            </span>
            <span className="skeleton skeleton--badge" />
          </li>
        ))}
      </ul>
    </div>
  );
}
