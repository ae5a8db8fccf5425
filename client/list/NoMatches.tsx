import { useTranslation } from 'react-i18next';

/** Shown when a search finds nothing: says so, and offers to clear the search. */
export function NoMatches({ q, archivedHidden, onClear }: { q: string; archivedHidden: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="no-matches" aria-labelledby="no-matches-title">
      <h2 id="no-matches-title" className="no-matches__title">
        {t('list.noMatches.title', { q })}
      </h2>
      <p>{t('list.noMatches.body')}</p>
      {archivedHidden && <p className="no-matches__hint">{t('list.noMatchesArchived')}</p>}
      <button type="button" className="button button--secondary" onClick={onClear}>
        {t('list.clearSearch')}
      </button>
    </section>
  );
}
