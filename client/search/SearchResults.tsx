import { useTranslation } from 'react-i18next';
import type { Snippet } from '../../shared/api/searchApi.js';
import { sectionById } from '../../shared/playbook/sections.js';
import { AppLink } from '../components/AppLink.js';
import { Icon } from '../components/Icon.js';
import { useSectionTexts } from '../sections/useSectionTexts.js';
import { groupSearchHits, tooShortWords, type FoundPlace } from './groupSearchHits.js';
import type { ContentSearchState } from './useContentSearch.js';

const quoted = (words: readonly string[]) => words.map((word) => `»${word}«`).join(', ');

/** What a content search found, or why it found nothing, or why it failed; nothing before a search. */
export function SearchResults({
  state,
  typing,
  onRetry,
}: {
  state: ContentSearchState;
  /** The field changed since the search shown: its answer is about to be replaced. */
  typing: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const busy = typing || state.kind === 'loading';
  if (state.kind === 'idle' && !typing) return null;

  if (state.kind === 'error' && !typing) {
    return (
      <div className="load-error search-results__error" role="alert" data-error-code={state.error.code}>
        <Icon name="alert" className="load-error__icon" />
        <div className="load-error__text">
          <p className="load-error__title">{t('search.failed')}</p>
          <p>{t(state.error.messageKey)}</p>
        </div>
        <button type="button" className="button button--secondary" onClick={onRetry}>
          <Icon name="retry" />
          {t('search.retry')}
        </button>
      </div>
    );
  }

  let status = '';
  let groups: ReturnType<typeof groupSearchHits> = [];
  let skipped: string[] = [];
  if (busy) status = t('search.searching');
  else if (state.kind === 'ready') {
    const { results, searchedWords } = state.response;
    groups = groupSearchHits(results);
    skipped = tooShortWords(state.q);
    if (searchedWords.length === 0) status = t('search.tooShort');
    else if (results.length === 0) status = t('search.noResults', { words: quoted(searchedWords) });
    else status = t('search.found', { count: results.length });
  }

  return (
    <div className="search-results" aria-busy={busy} data-state={busy ? 'loading' : state.kind}>
      <p className="search-results__status" role="status" data-testid="content-search-status">
        {status}
      </p>
      {!busy && skipped.length > 0 && (
        <p className="search-results__note">{t('search.skipped', { words: quoted(skipped) })}</p>
      )}
      {!busy && groups.length > 0 && (
        <ol className="search-results__list" aria-label={t('search.resultsLabel')}>
          {groups.map((group) => (
            <li key={group.playbookId} className="search-results__playbook">
              <h2 className="search-results__title">{group.playbookTitle.trim() || t('editor.title.untitled')}</h2>
              <ul className="search-results__places">
                {group.places.map((place, index) => (
                  <li key={`${place.sectionId ?? 'title'}-${index}`}>
                    <SearchHitLink place={place} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function SearchHitLink({ place }: { place: FoundPlace }) {
  const { t } = useTranslation();
  const textsOf = useSectionTexts();
  const section = place.sectionId === null ? null : sectionById(place.sectionId);
  return (
    <AppLink href={place.href} className="search-hit" data-section={place.sectionId ?? ''}>
      <span className="search-hit__where">
        {section ? `${section.number}. ${textsOf(section).title}` : t('search.titleHit')}
      </span>
      <span className="search-hit__snippet">
        <SnippetText snippet={place.snippet} />
      </span>
    </AppLink>
  );
}

/** The snippet as text nodes, matched pieces in `<mark>`: nothing in a playbook is ever parsed as HTML. */
function SnippetText({ snippet }: { snippet: Snippet }) {
  return <>{snippet.map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : piece.text))}</>;
}
