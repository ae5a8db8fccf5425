import { useCallback, useEffect, useId, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseOverview, CoursePerson, Group } from '../../shared/api/coursesApi.js';
import { OrganisationTag } from '../access/OrganisationTag.js';
import { toApiError } from '../api/ApiError.js';
import { createGroup, getCourse, setGroupMembers } from '../api/coursesApi.js';
import { useAccount } from '../auth/AccountContext.js';
import { AppHeader } from '../components/AppHeader.js';
import { AppLink } from '../components/AppLink.js';
import { formatDate } from '../header/formatDate.js';
import { groupRoomPath } from '../../shared/api/logbookApi.js';
import { YourGroupCard } from '../learning/YourGroupCard.js';
import { liveViewHref } from '../liveView/livePaths.js';
import { useDocumentTitle } from '../routing/useDocumentTitle.js';
import { GroupPhase } from '../workshop/GroupPhase.js';
import { WorkshopBar } from '../workshop/WorkshopBar.js';
import { CourseSettingsDialog } from './CourseSettingsDialog.js';
import { GroupActions } from './GroupActions.js';
import { WorkshopList } from './WorkshopList.js';
import '../styles/list.css';
import '../styles/courses.css';

const NO_GROUP = '';
const DRAG_TYPE = 'application/x-drejebog-person';

/**
 * `/forloeb/<id>`: what is next, the workshops, and the learning groups as columns of people. Facilitators
 * form groups by dragging a person to a column, or with the "Flyt til gruppe …" list next to each person.
 */
export function CoursePage({ courseId }: { courseId: string }) {
  const { t, i18n } = useTranslation();
  const { me } = useAccount();
  const [overview, setOverview] = useState<CourseOverview | null>(null);
  const [failed, setFailed] = useState(false);
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [groupName, setGroupName] = useState('');
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const formId = useId();
  useDocumentTitle(overview?.course.title ?? t('courses.pageTitle'));

  const load = useCallback(
    (signal?: AbortSignal) => {
      getCourse(courseId, signal).then(setOverview, () => {
        if (!signal?.aborted) setFailed(true);
      });
    },
    [courseId],
  );

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  if (failed || !overview) {
    return (
      <>
        <AppHeader />
        <main id="main" tabIndex={-1} className="page list-page">
          {failed && <p role="alert">{t('courses.overview.loadFailed')}</p>}
        </main>
      </>
    );
  }

  const { course, nextWorkshop, groups, participants } = overview;
  const facilitator = course.role === 'facilitator';
  const person = (userId: string) => participants.find((p) => p.userId === userId);

  const move = async (userId: string, target: string) => {
    const who = person(userId);
    if (!who || (who.groupId ?? NO_GROUP) === target) return;
    try {
      let next: CourseOverview;
      if (target === NO_GROUP) {
        const from = groups.find((g) => g.id === who.groupId)!;
        next = await setGroupMembers(
          course.id,
          from.id,
          from.members.map((m) => m.userId).filter((id) => id !== userId),
        );
        setStatus({ tone: 'info', text: t('courses.overview.movedOut', { name: who.displayName }) });
      } else {
        const to = groups.find((g) => g.id === target)!;
        next = await setGroupMembers(course.id, to.id, [...to.members.map((m) => m.userId), userId]);
        setStatus({ tone: 'info', text: t('courses.overview.moved', { name: who.displayName, group: to.name }) });
      }
      setOverview(next);
    } catch (error: unknown) {
      const problem = toApiError(error);
      setStatus({
        tone: 'error',
        text:
          problem.code === 'group_not_mixed'
            ? t('courses.overview.notMixedRefused')
            : `${t('courses.overview.moveFailed')} ${t(problem.messageKey)}`,
      });
    }
  };

  const addGroup = async (event: FormEvent) => {
    event.preventDefault();
    const name = groupName.trim();
    if (name === '') return;
    try {
      setOverview(await createGroup(course.id, name));
      setGroupName('');
    } catch (error: unknown) {
      setStatus({ tone: 'error', text: t(toApiError(error).messageKey) });
    }
  };

  const dropProps = (key: string, target: string) =>
    facilitator
      ? {
          onDragOver: (event: DragEvent) => {
            if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
            event.preventDefault();
            setDropTarget(key);
          },
          onDragLeave: () => setDropTarget((current) => (current === key ? null : current)),
          onDrop: (event: DragEvent) => {
            event.preventDefault();
            setDropTarget(null);
            const userId = event.dataTransfer.getData(DRAG_TYPE);
            if (userId) void move(userId, target);
          },
        }
      : {};

  const personCard = (who: CoursePerson, groupId: string) => (
    <li
      key={who.userId}
      className="course-person"
      draggable={facilitator}
      data-user-id={who.userId}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, who.userId);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <span className="course-person__name">{who.displayName}</span>
      <OrganisationTag organisation={who.organisation} />
      {facilitator && (
        <select
          className="field__input course-person__move"
          aria-label={t('courses.overview.moveTo', { name: who.displayName })}
          value={groupId}
          onChange={(event) => void move(who.userId, event.target.value)}
        >
          <option value={NO_GROUP}>{t('courses.overview.noGroup')}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      )}
    </li>
  );

  const column = (key: string, heading: string, people: CoursePerson[], group?: Group) => {
    const flagged = group !== undefined && people.length > 0 && !group.mixed;
    const headingId = `${formId}-${key}`;
    return (
      <section
        key={key}
        aria-labelledby={headingId}
        className={`course-column${flagged ? ' course-column--flagged' : ''}${dropTarget === key ? ' course-column--drop' : ''}`}
        data-group-id={group?.id ?? NO_GROUP}
        {...dropProps(key, group?.id ?? NO_GROUP)}
      >
        <h3 id={headingId} className="course-column__title">
          {heading}
        </h3>
        {group && facilitator && (
          <GroupActions courseId={course.id} group={group} onChanged={setOverview} onStatus={setStatus} />
        )}
        {group && (
          <p className="course-column__progress">
            {t('courses.overview.progress', { filled: group.filledSections, total: group.totalSections })}
          </p>
        )}
        {group && (
          <GroupPhase courseId={course.id} groupId={group.id} groupName={group.name} facilitator={facilitator} />
        )}
        {flagged && (
          <div className="course-column__flag" role="note">
            <strong>{t('courses.overview.notMixed')}</strong>
            <p>{t('courses.overview.notMixedExplained')}</p>
          </div>
        )}
        {people.length === 0 ? (
          <p className="course-column__empty">{t('courses.overview.nobody')}</p>
        ) : (
          <ul className="course-column__people">{people.map((p) => personCard(p, group?.id ?? NO_GROUP))}</ul>
        )}
        {group && (facilitator || group.members.some((m) => m.userId === me.user.id)) && (
          <>
            <AppLink href={groupRoomPath(course.id, group.id)} className="button button--primary button--compact">
              {t('learning.openGroupRoom')}
            </AppLink>
            <AppLink href={`/p/${group.playbookId}`} className="button button--secondary button--compact">
              {t('courses.overview.openWorkspace')}
            </AppLink>
          </>
        )}
      </section>
    );
  };

  const ungrouped = participants.filter((p) => p.groupId === null);
  // The live workshop room: a participant reads what the facilitator shows in their group's working space.
  const ownGroup = groups.find((g) => g.id === person(me.user.id)?.groupId) ?? null;
  const followPlaybook = facilitator ? course.playbookId : (ownGroup?.playbookId ?? course.playbookId);

  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page course-page">
        <p className="course-crumb">
          <AppLink href="/forloeb">{t('courses.backToCourses')}</AppLink>
        </p>
        <div className="course-page__title-row">
          <h1 className="list-page__title">{course.title}</h1>
          {facilitator && (
            <button
              type="button"
              className="button button--secondary button--compact"
              data-testid="open-course-settings"
              onClick={() => setSettingsOpen(true)}
            >
              {t('courseEditing.settings.open')}
            </button>
          )}
          {facilitator && (
            <AppLink href={liveViewHref(course.id)} className="button button--primary button--compact">
              {t('liveview.entry')}
            </AppLink>
          )}
        </div>
        {settingsOpen && (
          <CourseSettingsDialog
            overview={overview}
            onSaved={(next) => {
              setOverview(next);
              setStatus({ tone: 'info', text: t('courseEditing.settings.saved') });
            }}
            onClose={() => setSettingsOpen(false)}
          />
        )}
        {course.goal && (
          <p className="course-page__goal">
            <strong>{t('courses.overview.goal')}:</strong> {course.goal}
          </p>
        )}
        {course.partnerOrganisations.length > 0 && (
          <p className="course-page__partners">
            {course.partnerOrganisations.map((o) => (
              <OrganisationTag key={o.id} organisation={o} />
            ))}
          </p>
        )}
        <p>
          <AppLink href={`/p/${course.playbookId}`}>{t('courses.overview.coursePlaybook')}</AppLink>
          {facilitator && <span className="course-page__hint"> {t('courses.overview.inviteHint')}</span>}
        </p>

        {groups
          .filter((g) => g.members.some((m) => m.userId === me.user.id))
          .map((g) => (
            <YourGroupCard key={g.id} courseId={course.id} group={g} />
          ))}
        <section className="course-next" aria-labelledby={`${formId}-next`}>
          <h2 id={`${formId}-next`}>{t('courses.overview.next')}</h2>
          {nextWorkshop ? (
            <p>
              <strong>{nextWorkshop.title}</strong> · {formatDate(nextWorkshop.date, i18n.language)}
              {nextWorkshop.place && ` · ${nextWorkshop.place}`}
            </p>
          ) : (
            <p>{t('courses.overview.noNext')}</p>
          )}
        </section>

        <section aria-labelledby={`${formId}-workshops`}>
          <h2 id={`${formId}-workshops`}>{t('courses.overview.workshops')}</h2>
          <WorkshopList overview={overview} onChanged={setOverview} />
        </section>

        <section aria-labelledby={`${formId}-groups`}>
          <h2 id={`${formId}-groups`}>{t('courses.overview.groups')}</h2>
          <p className="course-page__hint">
            {course.mixedGroups === 'refuse' ? t('courses.overview.refuseRule') : t('courses.overview.flagRule')}
            {facilitator && ` ${t('courses.overview.dragHint')}`}
          </p>
          {facilitator && (
            <form className="course-new-group" onSubmit={(event) => void addGroup(event)}>
              <label className="field__label" htmlFor={`${formId}-group-name`}>
                {t('courses.overview.newGroupLabel')}
              </label>
              <input
                id={`${formId}-group-name`}
                className="field__input"
                type="text"
                maxLength={100}
                value={groupName}
                onChange={(event) => setGroupName(event.target.value)}
              />
              <button type="submit" className="button button--primary button--compact">
                {t('courses.overview.addGroup')}
              </button>
            </form>
          )}
          <div className={status?.tone === 'error' ? 'inline-error' : 'course-status'} role="status">
            {status?.text}
          </div>
          <div className="course-board">
            {column('none', t('courses.overview.withoutGroup'), ungrouped)}
            {groups.map((group) => column(group.id, group.name, group.members, group))}
          </div>
          {groups.length === 0 && ungrouped.length === 0 && <p>{t('courses.overview.nobody')}</p>}
        </section>
        <WorkshopBar
          courseId={course.id}
          facilitator={facilitator}
          groupId={ownGroup?.id ?? null}
          follow={null}
          sectionHref={(sectionId) => `/p/${followPlaybook}#section-${sectionId}`}
        />
      </main>
    </>
  );
}
