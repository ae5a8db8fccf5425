import { useTranslation } from 'react-i18next';
import { AuthGate } from './auth/AuthGate.js';
import { CourseListPage } from './courses/CourseListPage.js';
import { CoursePage } from './courses/CoursePage.js';
import { GroupRoomPage } from './learning/GroupRoomPage.js';
import { ComparePage } from './liveView/ComparePage.js';
import { LiveViewPage } from './liveView/LiveViewPage.js';
import { InvalidPlaybookPage } from './pages/InvalidPlaybookPage.js';
import { InvitePage } from './pages/InvitePage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { PlaybookListPage } from './pages/PlaybookListPage.js';
import { PlaybookPage } from './pages/PlaybookPage.js';
import { useRoute } from './routing/useRoute.js';

/**
 * The whole app: a skip link, the page for the current address, and the footer. Every page needs a
 * signed-in person (the gate shows setup or sign-in first, at the same address) except an invitation link.
 */
export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AuthGate open={route.page === 'invite'}>
        {route.page === 'start' && <PlaybookListPage />}
        {route.page === 'playbook' && <PlaybookPage key={route.playbookId} playbookId={route.playbookId} />}
        {route.page === 'invite' && <InvitePage key={route.secret} secret={route.secret} />}
        {route.page === 'courses' && <CourseListPage />}
        {route.page === 'course' && <CoursePage key={route.courseId} courseId={route.courseId} />}
        {route.page === 'groupRoom' && (
          <GroupRoomPage key={route.groupId} courseId={route.courseId} groupId={route.groupId} />
        )}
        {route.page === 'courseLive' && <LiveViewPage key={route.courseId} courseId={route.courseId} />}
        {route.page === 'courseCompare' && (
          <ComparePage
            key={`${route.courseId}/${route.sectionId}`}
            courseId={route.courseId}
            sectionId={route.sectionId}
          />
        )}
        {route.page === 'invalidPlaybook' && <InvalidPlaybookPage />}
        {route.page === 'notFound' && <NotFoundPage />}
      </AuthGate>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
