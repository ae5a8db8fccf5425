import { useTranslation } from 'react-i18next';
import { groupRoomPath } from '../../shared/api/logbookApi.js';
import type { Group } from '../../shared/api/coursesApi.js';
import { AppLink } from '../components/AppLink.js';
import '../styles/learning.css';

/** On the course page, for a participant: their learning group, prominently, with the way to its room. */
export function YourGroupCard({ courseId, group }: { courseId: string; group: Group }) {
  const { t } = useTranslation();
  return (
    <section className="your-group" aria-labelledby={`your-group-${group.id}`}>
      <h2 id={`your-group-${group.id}`}>
        {t('learning.yourGroup')}: {group.name}
      </h2>
      <p>{t('learning.yourGroupLead', { group: group.name })}</p>
      <p className="your-group__links">
        <AppLink href={groupRoomPath(courseId, group.id)} className="button button--primary">
          {t('learning.openGroupRoom')}
        </AppLink>{' '}
        <AppLink href={`/p/${group.playbookId}`} className="button button--secondary">
          {t('learning.openWorkspace')}
        </AppLink>
      </p>
    </section>
  );
}
