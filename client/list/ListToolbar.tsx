import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon.js';

/** Search by title (as you type), the "show archived" switch, and how many playbooks are shown. */
export function ListToolbar({
  search,
  onSearch,
  showArchived,
  onShowArchived,
  count,
  refreshing,
}: {
  search: string;
  onSearch: (value: string) => void;
  showArchived: boolean;
  onShowArchived: (value: boolean) => void;
  /** How many playbooks the list shows, for which search; null while there is nothing to count. */
  count: { n: number; q: string } | null;
  refreshing: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="list-toolbar">
      <form role="search" className="list-search" onSubmit={(event) => event.preventDefault()}>
        <label className="visually-hidden" htmlFor={`${id}-search`}>
          {t('list.searchLabel')}
        </label>
        <Icon name="search" className="list-search__icon" />
        <input
          id={`${id}-search`}
          className="field__input list-search__input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('list.searchPlaceholder')}
          value={search}
          onChange={(event) => onSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && search !== '') {
              event.preventDefault();
              onSearch('');
            }
          }}
        />
        {search !== '' && (
          <button
            type="button"
            className="list-search__clear"
            aria-label={t('list.clearSearch')}
            onClick={() => {
              onSearch('');
              document.getElementById(`${id}-search`)?.focus();
            }}
          >
            <Icon name="close" />
          </button>
        )}
      </form>
      <label className="switch">
        <input
          className="switch__input"
          type="checkbox"
          role="switch"
          checked={showArchived}
          onChange={(event) => onShowArchived(event.target.checked)}
        />
        <span className="switch__track" aria-hidden="true" />
        <span className="switch__label">{t('list.showArchived')}</span>
      </label>
      <p className="list-toolbar__count" role="status" aria-busy={refreshing}>
        {count &&
          (count.q === ''
            ? t('list.count', { count: count.n })
            : t('list.countMatching', { count: count.n, q: count.q }))}
        {refreshing && <span className="visually-hidden"> {t('list.updating')}</span>}
      </p>
    </div>
  );
}
