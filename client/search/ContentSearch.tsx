import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon.js';
import { useDebouncedValue } from '../list/useDebouncedValue.js';
import '../styles/search.css';
import { SearchResults } from './SearchResults.js';
import { useContentSearch } from './useContentSearch.js';

/** Wait this long after the last keystroke before searching the content (each search reads every playbook). */
export const CONTENT_SEARCH_DEBOUNCE_MS = 300;

/**
 * "Søg i indholdet": searches the text of every playbook the person may read (separate from the title
 * filter of the list), and shows the hits grouped by playbook, each a link to its section. ArrowDown moves
 * from the field into the results and the arrow keys move between them; Escape clears the field.
 */
export function ContentSearch() {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), CONTENT_SEARCH_DEBOUNCE_MS);
  const { state, retry } = useContentSearch(q);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const typing = text.trim() !== q;

  const links = () => [...(resultsRef.current?.querySelectorAll<HTMLAnchorElement>('a.search-hit') ?? [])];
  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      setText('');
    } else if (event.key === 'ArrowDown' && links()[0]) {
      event.preventDefault();
      links()[0]?.focus();
    }
  };
  const onResultsKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const index = all.findIndex((link) => link === document.activeElement);
    if (index < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? all[index + 1] : all[index - 1];
    if (next) next.focus();
    else if (event.key === 'ArrowUp') inputRef.current?.focus();
  };

  return (
    <section className="content-search" aria-labelledby={`${id}-label`}>
      <form role="search" className="content-search__form" onSubmit={(event) => event.preventDefault()}>
        <label id={`${id}-label`} className="content-search__label" htmlFor={`${id}-input`}>
          {t('search.label')}
        </label>
        <div className="list-search content-search__field">
          <Icon name="search" className="list-search__icon" />
          <input
            ref={inputRef}
            id={`${id}-input`}
            className="field__input list-search__input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('search.placeholder')}
            aria-describedby={`${id}-hint`}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onInputKey}
            data-testid="content-search"
          />
          {text !== '' && (
            <button
              type="button"
              className="list-search__clear"
              aria-label={t('search.clear')}
              onClick={() => {
                setText('');
                inputRef.current?.focus();
              }}
            >
              <Icon name="close" />
            </button>
          )}
        </div>
        <p id={`${id}-hint`} className="content-search__hint">
          {t('search.hint')}
        </p>
      </form>
      <div ref={resultsRef} onKeyDown={onResultsKey}>
        <SearchResults state={state} typing={typing && text.trim() !== ''} onRetry={retry} />
      </div>
    </section>
  );
}
