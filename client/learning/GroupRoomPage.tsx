import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { canEdit } from '../../shared/access/playbookRole.js';
import type { CourseOverview, Group } from '../../shared/api/coursesApi.js';
import { actionCards } from '../../shared/course/actionCards.js';
import { OrganisationTag } from '../access/OrganisationTag.js';
import { usePlaybookRole } from '../access/usePlaybookRole.js';
import { getCourse } from '../api/coursesApi.js';
import { useAccount } from '../auth/AccountContext.js';
import { presenceUser } from '../auth/presenceUser.js';
import { useCollaboration } from '../collab/useCollaboration.js';
import { AppHeader } from '../components/AppHeader.js';
import { AppLink } from '../components/AppLink.js';
import { ConnectionIndicator } from '../components/ConnectionIndicator.js';
import { WorkshopBar } from '../workshop/WorkshopBar.js';
import { useDocumentTitle } from '../routing/useDocumentTitle.js';
import { useYList } from '../structured/useYList.js';
import { ActionCardList } from './ActionCardList.js';
import { LogbookPanel } from './LogbookPanel.js';
import { SharedEntries } from './SharedEntries.js';
import '../styles/structured.css';
import '../styles/courses.css';
import '../styles/learning.css';

/**
 * `/forloeb/<course>/gruppe/<group>`: a learning group's room. The action cards (with their reflection) live
 * in the group's working-space document and are edited together; the logbook is personal and lives on the
 * server only. Members see their own logbook and the group's shared entries; the course's facilitators see
 * the cards and the shared entries, never anyone's private ones.
 */
export function GroupRoomPage({ courseId, groupId }: { courseId: string; groupId: string }) {
  const { t } = useTranslation();
  const [overview, setOverview] = useState<CourseOverview | null>(null);
  const [failed, setFailed] = useState(false);
  const group = overview?.groups.find((g) => g.id === groupId) ?? null;
  useDocumentTitle(group?.name ?? t('learning.pageTitle'));

  useEffect(() => {
    const controller = new AbortController();
    getCourse(courseId, controller.signal).then(setOverview, () => {
      if (!controller.signal.aborted) setFailed(true);
    });
    return () => controller.abort();
  }, [courseId]);

  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page course-page group-room">
        <p className="course-crumb">
          <AppLink href={`/forloeb/${courseId}`}>{t('learning.backToCourse')}</AppLink>
        </p>
        {failed && <p role="alert">{t('learning.loadFailed')}</p>}
        {overview && !group && <p role="alert">{t('learning.notFound')}</p>}
        {overview && group && <GroupRoomFor overview={overview} group={group} />}
      </main>
    </>
  );
}

/** The room for its members and the course's facilitators; anyone else is told, and no socket is opened. */
function GroupRoomFor({ overview, group }: { overview: CourseOverview; group: Group }) {
  const { t } = useTranslation();
  const { me } = useAccount();
  const member = group.members.some((m) => m.userId === me.user.id);
  if (member || overview.course.role === 'facilitator') {
    return <GroupRoom key={group.id} overview={overview} group={group} />;
  }
  return (
    <>
      <h1 className="list-page__title">{group.name}</h1>
      <p className="learning-note">{t('learning.notMember')}</p>
    </>
  );
}

function GroupRoom({ overview, group }: { overview: CourseOverview; group: Group }) {
  const { t } = useTranslation();
  const { me } = useAccount();
  const user = useMemo(() => presenceUser(me), [me]);
  const { session, snapshot } = useCollaboration(group.playbookId, user);
  const status = snapshot?.status ?? null;
  const { role } = usePlaybookRole(group.playbookId, status);
  const [sharedReload, setSharedReload] = useState(0);
  const member = group.members.some((m) => m.userId === me.user.id);
  const facilitator = overview.course.role === 'facilitator';

  return (
    <>
      <h1 className="list-page__title">{group.name}</h1>
      <p className="course-page__hint">{t('learning.groupOf', { course: overview.course.title })}</p>
      <section className="group-room__facts" aria-label={t('learning.members')}>
        <h2 className="group-room__members-heading">{t('learning.members')}</h2>
        {group.members.length === 0 ? (
          <p>{t('learning.noMembers')}</p>
        ) : (
          <ul className="group-room__members">
            {group.members.map((m) => (
              <li key={m.userId}>
                <span>{m.displayName}</span> <OrganisationTag organisation={m.organisation} />
              </li>
            ))}
          </ul>
        )}
        <p className="group-room__workspace">
          <AppLink href={`/p/${group.playbookId}`} className="button button--primary">
            {t('learning.openWorkspace')}
          </AppLink>{' '}
          <span className="course-page__hint">{t('learning.workspaceHint')}</span>
        </p>
        <ConnectionIndicator status={status} />
      </section>
      {facilitator && !member && <p className="learning-note">{t('learning.facilitatorNote')}</p>}
      <div className="group-room__columns">
        {member && session && (
          <div className="group-room__logbook">
            <MemberLogbook
              doc={session.doc}
              courseId={overview.course.id}
              onSharedChanged={() => setSharedReload((n) => n + 1)}
            />
          </div>
        )}
        <div className="group-room__cards">
          {session ? (
            <GroupCards
              doc={session.doc}
              members={group.members}
              readOnly={role === null || !canEdit(role)}
              loading={!snapshot?.everSynced}
            />
          ) : (
            <p role="status">{t('learning.cards.connecting')}</p>
          )}
        </div>
        <div className="group-room__shared">
          <SharedEntriesWithCards
            doc={session?.doc ?? null}
            courseId={overview.course.id}
            groupId={group.id}
            reloadKey={sharedReload}
          />
        </div>
      </div>
      <WorkshopBar
        courseId={overview.course.id}
        facilitator={facilitator}
        groupId={group.id}
        follow={null}
        sectionHref={(sectionId) => `/p/${group.playbookId}#section-${sectionId}`}
      />
    </>
  );
}

function GroupCards(props: { doc: Y.Doc; members: Group['members']; readOnly: boolean; loading: boolean }) {
  const cards = useYList(props.doc, actionCards);
  return <ActionCardList {...props} cards={cards} />;
}

function MemberLogbook({
  doc,
  courseId,
  onSharedChanged,
}: {
  doc: Y.Doc;
  courseId: string;
  onSharedChanged: () => void;
}) {
  const cards = useYList(doc, actionCards);
  return <LogbookPanel courseId={courseId} cards={cards} onSharedChanged={onSharedChanged} />;
}

function SharedEntriesWithCards(props: { doc: Y.Doc | null; courseId: string; groupId: string; reloadKey: number }) {
  const { doc, ...rest } = props;
  if (!doc) return <SharedEntries {...rest} cards={[]} />;
  return <SharedEntriesLive doc={doc} {...rest} />;
}

function SharedEntriesLive({ doc, ...rest }: { doc: Y.Doc; courseId: string; groupId: string; reloadKey: number }) {
  const cards = useYList(doc, actionCards);
  return <SharedEntries {...rest} cards={cards} doc={doc} />;
}
