import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../shared/api/coursesApi.js';
import { listCourses } from '../api/coursesApi.js';
import { AppHeader } from '../components/AppHeader.js';
import { AppLink } from '../components/AppLink.js';
import { Icon } from '../components/Icon.js';
import { useDocumentTitle } from '../routing/useDocumentTitle.js';
import { NewCourseDialog } from './NewCourseDialog.js';
import '../styles/list.css';
import '../styles/courses.css';

/** `/forloeb`: the courses I take part in or facilitate, and "Nyt forløb". */
export function CourseListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('courses.pageTitle'));
  const [courses, setCourses] = useState<Course[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [creating, setCreating] = useState(false);

  const load = useCallback((signal?: AbortSignal) => {
    listCourses(signal).then(setCourses, () => {
      if (!signal?.aborted) setFailed(true);
    });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page list-page">
        <p className="course-crumb">
          <AppLink href="/">{t('courses.backToPlaybooks')}</AppLink>
        </p>
        <div className="list-page__head">
          <div className="list-page__titles">
            <h1 className="list-page__title">{t('courses.pageTitle')}</h1>
            <p className="list-page__lead">{t('courses.lead')}</p>
          </div>
          <div className="list-page__actions">
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              <Icon name="plus" />
              {t('courses.newCourse')}
            </button>
          </div>
        </div>
        {failed && (
          <div className="inline-error" role="alert">
            <p className="inline-error__text">{t('courses.loadFailed')}</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setFailed(false);
                load();
              }}
            >
              {t('courses.retry')}
            </button>
          </div>
        )}
        {courses?.length === 0 && <p className="course-empty">{t('courses.empty')}</p>}
        {courses && courses.length > 0 && (
          <ul className="course-list">
            {courses.map((course) => (
              <li key={course.id} className="course-card">
                <AppLink href={`/forloeb/${course.id}`} className="course-card__title">
                  {course.title}
                </AppLink>
                {course.goal && <p className="course-card__goal">{course.goal}</p>}
                <p className="course-card__role">
                  {course.role === 'facilitator' ? t('courses.roleFacilitator') : t('courses.roleParticipant')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </main>
      {creating && <NewCourseDialog onClose={() => setCreating(false)} />}
    </>
  );
}
