import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaybookSummary } from '../../shared/api/playbooksApi.js';
import { toApiError } from '../api/ApiError.js';
import { archivePlaybook, restorePlaybook } from '../api/playbooksApi.js';
import { AppHeader } from '../components/AppHeader.js';
import { AppLink } from '../components/AppLink.js';
import { Icon } from '../components/Icon.js';
import { Toast, type ToastMessage } from '../components/Toast.js';
import { EmptyState } from '../list/EmptyState.js';
import { ListSkeleton } from '../list/ListSkeleton.js';
import { ListToolbar } from '../list/ListToolbar.js';
import { LoadError } from '../list/LoadError.js';
import { NewPlaybookDialog } from '../list/NewPlaybookDialog.js';
import { NoMatches } from '../list/NoMatches.js';
import { PlaybookCard } from '../list/PlaybookCard.js';
import { readListParams, writeListParams } from '../list/listParams.js';
import { useDebouncedValue } from '../list/useDebouncedValue.js';
import { useNow } from '../list/useNow.js';
import { usePlaybookList } from '../list/usePlaybookList.js';
import { useTemplates } from '../list/useTemplates.js';
import { useDocumentTitle } from '../routing/useDocumentTitle.js';
import { ContentSearch } from '../search/ContentSearch.js';
import '../styles/list.css';
import { ImportMarkdownButton } from '../export/ImportMarkdownButton.js';

/** Wait this long after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The start page `/`: every playbook, searchable by title, with create, rename, archive and restore. */
export function PlaybookListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('list.pageTitle'));
  const [initial] = useState(readListParams);
  const [search, setSearch] = useState(initial.q);
  const [showArchived, setShowArchived] = useState(initial.showArchived);
  const q = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const archived = showArchived ? 'include' : 'exclude';
  const list = usePlaybookList(q, archived);
  const templates = useTemplates();
  const now = useNow();
  const [creating, setCreating] = useState(false);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const toastCount = useRef(0);
  const [focusId, setFocusId] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => writeListParams({ q, showArchived }), [q, showArchived]);

  const showToast = (message: Omit<ToastMessage, 'id'>) => setToast({ ...message, id: ++toastCount.current });
  const failureToast = (key: 'list.toast.archiveFailed' | 'list.toast.restoreFailed', error: unknown) =>
    showToast({ tone: 'error', text: `${t(key)} ${t(toApiError(error).messageKey)}` });

  const archive = async (playbook: PlaybookSummary) => {
    try {
      const archivedPlaybook = await archivePlaybook(playbook.id);
      if (showArchived) list.replace(archivedPlaybook);
      else list.remove(playbook.id);
      showToast({
        tone: 'info',
        text: t('list.toast.archived'),
        action: { label: t('list.toast.undo'), run: () => void restore(playbook, true) },
      });
      list.reload();
    } catch (error: unknown) {
      failureToast('list.toast.archiveFailed', error);
    }
  };

  const restore = async (playbook: PlaybookSummary, undoing: boolean) => {
    try {
      const restored = await restorePlaybook(playbook.id);
      list.replace(restored);
      if (undoing) setToast(null);
      else {
        showToast({
          tone: 'info',
          text: t('list.toast.restored'),
          action: { label: t('list.toast.undo'), run: () => void undoRestore(playbook) },
        });
      }
      setFocusId(playbook.id);
      list.reload();
    } catch (error: unknown) {
      failureToast('list.toast.restoreFailed', error);
    }
  };

  const undoRestore = async (playbook: PlaybookSummary) => {
    try {
      list.replace(await archivePlaybook(playbook.id));
      setToast(null);
      setFocusId(playbook.id);
      list.reload();
    } catch (error: unknown) {
      failureToast('list.toast.archiveFailed', error);
    }
  };

  const clearFocusRequest = useCallback(() => setFocusId(null), []);
  const playbooks = list.playbooks;

  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page list-page">
        <div className="list-page__head">
          <div className="list-page__titles">
            <h1 ref={headingRef} tabIndex={-1} className="list-page__title">
              {t('list.pageTitle')}
            </h1>
            <p className="list-page__lead">{t('list.lead')}</p>
          </div>
          <div className="list-page__actions">
            <AppLink href="/forloeb" className="button button--secondary">
              {t('courses.entry')}
            </AppLink>
            <ImportMarkdownButton />
            <button type="button" className="button button--primary list-page__new" onClick={() => setCreating(true)}>
              <Icon name="plus" />
              {t('list.newPlaybook')}
            </button>
          </div>
        </div>

        <ContentSearch />

        <ListToolbar
          search={search}
          onSearch={setSearch}
          showArchived={showArchived}
          onShowArchived={setShowArchived}
          count={playbooks && playbooks.length > 0 ? { n: playbooks.length, q } : null}
          refreshing={list.refreshing}
        />

        {list.loading && <ListSkeleton />}
        {list.error && <LoadError error={list.error} onRetry={list.reload} />}
        {playbooks?.length === 0 && q === '' && <EmptyState onCreate={() => setCreating(true)} />}
        {playbooks?.length === 0 && q !== '' && (
          <NoMatches q={q} archivedHidden={!showArchived} onClear={() => setSearch('')} />
        )}
        {playbooks && playbooks.length > 0 && (
          <ul className={`pb-list${list.refreshing ? ' pb-list--refreshing' : ''}`} aria-busy={list.refreshing}>
            {playbooks.map((playbook) => (
              <PlaybookCard
                key={playbook.id}
                playbook={playbook}
                now={now}
                focusRequested={focusId === playbook.id}
                onFocused={clearFocusRequest}
                onRenamed={(renamed) => {
                  list.replace(renamed);
                  list.reload();
                }}
                onArchive={(p) => void archive(p)}
                onRestore={(p) => void restore(p, false)}
              />
            ))}
          </ul>
        )}
      </main>
      {creating && (
        <NewPlaybookDialog
          templates={templates.state}
          onRetryTemplates={templates.retry}
          onClose={() => setCreating(false)}
        />
      )}
      <Toast
        toast={toast}
        onDismiss={(hadFocus) => {
          setToast(null);
          if (hadFocus) headingRef.current?.focus();
        }}
      />
    </>
  );
}
