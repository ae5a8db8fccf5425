import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit } from '../../shared/access/playbookRole.js';
import type { PlaybookSummary } from '../../shared/api/playbooksApi.js';
import { AppLink } from '../components/AppLink.js';
import { Icon } from '../components/Icon.js';
import { navigate } from '../routing/navigate.js';
import { ReadingLinks } from '../reading/ReadingLinks.js';
import '../styles/access.css';
import { formatRelativeTime } from './formatRelativeTime.js';
import { RenameForm } from './RenameForm.js';
import { RowMenu, type RowMenuItem } from './RowMenu.js';
import { StatusBadge } from './StatusBadge.js';

/** The address of a playbook's editor page. */
export const playbookHref = (id: string) => `/p/${encodeURIComponent(id)}`;

/** One playbook in the list: its title (a link to open it), status, area, when it last changed, and its actions. */
export function PlaybookCard({
  playbook,
  now,
  focusRequested,
  onFocused,
  onRenamed,
  onArchive,
  onRestore,
}: {
  playbook: PlaybookSummary;
  now: Date;
  /** Put focus on the title link (e.g. after undo brought the playbook back). */
  focusRequested: boolean;
  onFocused: () => void;
  onRenamed: (renamed: PlaybookSummary) => void;
  onArchive: (playbook: PlaybookSummary) => void;
  onRestore: (playbook: PlaybookSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const itemRef = useRef<HTMLLIElement>(null);
  const titleFocusPending = useRef(false);
  const archived = playbook.archivedAt !== null;
  const href = playbookHref(playbook.id);
  const updated = new Date(playbook.updatedAt);
  const locale = i18n.resolvedLanguage ?? 'da';

  // After renaming, or when the page asks (undo brought this playbook back), focus lands on the title link.
  useEffect(() => {
    if (!focusRequested && !titleFocusPending.current) return;
    itemRef.current?.querySelector<HTMLAnchorElement>('.pb-card__link')?.focus();
    titleFocusPending.current = false;
    if (focusRequested) onFocused();
  });

  // Only what the role allows (the server checks again): editors rename, facilitators archive and restore.
  const menuItems: RowMenuItem[] = [
    { id: 'open', label: t('list.menu.open'), icon: 'open', onSelect: () => navigate(href) },
  ];
  if (canEdit(playbook.role)) {
    menuItems.push({ id: 'rename', label: t('list.menu.rename'), icon: 'rename', onSelect: () => setRenaming(true) });
  }
  if (playbook.role === 'facilitator') {
    menuItems.push(
      archived
        ? { id: 'restore', label: t('list.menu.restore'), icon: 'restore', onSelect: () => onRestore(playbook) }
        : { id: 'archive', label: t('list.menu.archive'), icon: 'archive', onSelect: () => onArchive(playbook) },
    );
  }

  return (
    <li
      ref={itemRef}
      className={`pb-card${archived ? ' pb-card--archived' : ''}${renaming ? ' pb-card--renaming' : ''}`}
    >
      <span className="pb-card__icon" aria-hidden="true">
        <Icon name={archived ? 'archive' : 'document'} />
      </span>
      <div className="pb-card__body">
        {renaming ? (
          <RenameForm
            playbook={playbook}
            onDone={(renamed) => {
              setRenaming(false);
              titleFocusPending.current = true;
              if (renamed) onRenamed(renamed);
            }}
          />
        ) : (
          <h2 className="pb-card__title">
            <AppLink href={href} className="pb-card__link">
              {playbook.title}
            </AppLink>
          </h2>
        )}
        <p className="pb-card__meta">
          {playbook.area && (
            <>
              <span className="pb-card__area">{playbook.area}</span>
              <span className="pb-card__sep" aria-hidden="true">
                ·
              </span>
            </>
          )}
          <time
            dateTime={playbook.updatedAt}
            title={t('list.changedAt', {
              date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(updated),
            })}
          >
            {t('list.changed', { time: formatRelativeTime(updated, now, locale) })}
          </time>
        </p>
        {!archived && <ReadingLinks playbookId={playbook.id} className="pb-card__reading" />}
      </div>
      <div className="pb-card__badges">
        {playbook.role !== 'facilitator' && (
          <span className={`role-label role-label--${playbook.role}`} data-testid="card-role">
            {t('access.listRole', { role: t(`access.role.${playbook.role}`) })}
          </span>
        )}
        {archived && <span className="badge badge--archived">{t('list.archivedBadge')}</span>}
        <StatusBadge status={playbook.status} />
      </div>
      <RowMenu label={t('list.menu.label', { title: playbook.title })} items={menuItems} />
    </li>
  );
}
