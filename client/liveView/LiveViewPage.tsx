import { useTranslation } from 'react-i18next';
import { AppHeader } from '../components/AppHeader.js';
import { AppLink } from '../components/AppLink.js';
import { useDocumentTitle } from '../routing/useDocumentTitle.js';
import { WorkshopBar } from '../workshop/WorkshopBar.js';
import { LiveGrid } from './LiveGrid.js';
import { LiveStatus } from './LiveStatus.js';
import { useLiveSnapshot } from './useLiveSnapshot.js';
import '../styles/list.css';
import '../styles/courses.css';
import '../styles/liveview.css';

/**
 * `/forloeb/<id>/overblik`: the facilitator's live view of every learning group's working space, updated
 * by the server's event stream without reloading.
 */
export function LiveViewPage({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const { snapshot, connection, refusal } = useLiveSnapshot(courseId);
  useDocumentTitle(t('liveview.pageTitle'), ...(snapshot ? [snapshot.title] : []));

  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page live-page">
        <p className="course-crumb">
          <AppLink href={`/forloeb/${courseId}`}>{t('liveview.backToCourse')}</AppLink>
        </p>
        <div className="live-page__head">
          <h1>{snapshot ? t('liveview.heading', { title: snapshot.title }) : t('liveview.pageTitle')}</h1>
          <LiveStatus connection={connection} />
        </div>
        <p className="course-page__hint">{t('liveview.lead')}</p>
        {refusal && <p role="alert">{t(`liveview.refused.${refusal}`)}</p>}
        {snapshot && <LiveGrid snapshot={snapshot} />}
        {/* Only facilitators get a snapshot; they run the workshop (timer, questions, message) from here too. */}
        {snapshot && (
          <WorkshopBar
            courseId={courseId}
            facilitator
            groupId={null}
            follow={null}
            sectionHref={(sectionId) => `/p/${snapshot.course.playbookId}#section-${sectionId}`}
          />
        )}
      </main>
    </>
  );
}
