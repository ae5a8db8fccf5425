import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveCell, LiveSnapshot } from '../../shared/api/liveViewApi.js';
import { SECTIONS } from '../../shared/playbook/sections.js';
import { AppLink } from '../components/AppLink.js';
import { useNow } from '../list/useNow.js';
import { compareHref } from './livePaths.js';
import { LiveCellView } from './LiveCellView.js';
import { OnlineList } from './OnlineList.js';
import { useChangeAnnouncement } from './useChangeAnnouncement.js';
import { useChangedKeys } from './useChangedKeys.js';

const COURSE_COLUMN = 'course';
const cellKey = (column: string, sectionId: string) => `${column}|${sectionId}`;
const cellValue = (cell: LiveCell) => `${cell.fill}|${cell.words}|${cell.lastEdit?.at ?? ''}`;

/**
 * Sections as rows, learning groups (and the course playbook last) as columns: a laptop shows a course of
 * three or four groups whole, and narrow screens scroll sideways. The first rows say who is online and how
 * the group's action cards stand. A section's title opens the side-by-side view of that section.
 */
export function LiveGrid({ snapshot }: { snapshot: LiveSnapshot }) {
  const { t, i18n } = useTranslation();
  const now = useNow(15_000);
  const language = i18n.language === 'en' ? 'en' : 'da';
  const columns = useMemo(
    () => [
      ...snapshot.groups.map((group) => ({ key: group.id, cells: group.sections })),
      { key: COURSE_COLUMN, cells: snapshot.course.sections },
    ],
    [snapshot],
  );
  const values = useMemo(
    () =>
      new Map(
        columns.flatMap((column) => column.cells.map((cell) => [cellKey(column.key, cell.sectionId), cellValue(cell)])),
      ),
    [columns],
  );
  const changed = useChangedKeys(values);
  const announcement = useChangeAnnouncement(
    changed,
    (key) => {
      const [column, sectionId] = key.split('|');
      const section = SECTIONS.find((s) => s.id === sectionId);
      const where =
        column === COURSE_COLUMN ? t('liveview.coursePlaybook') : snapshot.groups.find((g) => g.id === column)?.name;
      return `${where ?? ''}: ${section ? `${section.number}. ${section.title[language]}` : ''}`;
    },
    (named, more) =>
      more > 0
        ? t('liveview.announceMore', { cells: named.join('; '), count: more })
        : t('liveview.announce', { cells: named.join('; ') }),
  );

  return (
    <div className="live-grid__scroller" tabIndex={0} role="region" aria-label={t('liveview.gridLabel')}>
      <table className="live-grid">
        <caption className="visually-hidden">{t('liveview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('liveview.section')}</th>
            {snapshot.groups.map((group) => (
              <th scope="col" key={group.id} data-group-id={group.id}>
                <span className="live-grid__group">{group.name}</span>
                <AppLink className="live-grid__open" href={`/p/${group.playbookId}`}>
                  {t('liveview.openWorkspace')}
                  <span className="visually-hidden"> {group.name}</span>
                </AppLink>
              </th>
            ))}
            <th scope="col" className="live-grid__course">
              <span className="live-grid__group">{t('liveview.coursePlaybook')}</span>
              <AppLink className="live-grid__open" href={`/p/${snapshot.course.playbookId}`}>
                {t('liveview.openCoursePlaybook')}
              </AppLink>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="live-grid__summary">
            <th scope="row">{t('liveview.online')}</th>
            {snapshot.groups.map((group) => (
              <td key={group.id} data-group-id={group.id} data-testid={`online-${group.id}`}>
                <OnlineList people={group.online} />
              </td>
            ))}
            <td data-testid="online-course">
              <OnlineList people={snapshot.course.online} />
            </td>
          </tr>
          <tr className="live-grid__summary">
            <th scope="row">{t('liveview.actionCards')}</th>
            {snapshot.groups.map((group) => (
              <td key={group.id} data-group-id={group.id} data-testid={`actions-${group.id}`}>
                <span className="live-actions__counts">
                  {t('liveview.actionsOpen', { count: group.actions.open })}
                  {group.actions.overdue > 0 && (
                    <strong className="live-actions__overdue">
                      {' · '}
                      {t('liveview.actionsOverdue', { count: group.actions.overdue })}
                    </strong>
                  )}
                </span>
                {group.actions.open > 0 && (
                  <ul className="live-actions__titles">
                    {group.actions.openTitles.map((title, index) => (
                      <li
                        key={index}
                        className={
                          group.actions.overdueTitles.includes(title) ? 'live-actions__title--overdue' : undefined
                        }
                      >
                        {title}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            ))}
            <td className="live-grid__na">{t('liveview.notApplicable')}</td>
          </tr>
          {SECTIONS.map((section) => (
            <tr key={section.id}>
              <th scope="row">
                <AppLink href={compareHref(snapshot.courseId, section.id)} className="live-grid__section">
                  {section.number}. {section.title[language]}
                </AppLink>
              </th>
              {columns.map((column) => {
                const cell = column.cells.find((c) => c.sectionId === section.id);
                const key = cellKey(column.key, section.id);
                return (
                  <td
                    key={key}
                    className={`live-cell${changed.has(key) ? ' live-cell--changed' : ''}`}
                    data-column={column.key}
                    data-section={section.id}
                    data-words={cell?.words ?? 0}
                  >
                    {cell && <LiveCellView cell={cell} now={now} />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="visually-hidden" aria-live="polite" data-testid="live-announcement">
        {announcement}
      </p>
    </div>
  );
}
