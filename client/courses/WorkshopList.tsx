import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseOverview, Workshop, WorkshopBody } from '../../shared/api/coursesApi.js';
import { toApiError } from '../api/ApiError.js';
import { addWorkshop, deleteWorkshop, updateWorkshop } from '../api/courseEditingApi.js';
import { formatDate } from '../header/formatDate.js';
import { WorkshopForm } from './WorkshopForm.js';

const NEW = 'new';

/**
 * The course's workshops in date order, the next one marked. Facilitators add, edit and delete them here; a
 * deleted workshop can be brought back with "Fortryd" (made again with the same facts).
 */
export function WorkshopList({
  overview,
  onChanged,
}: {
  overview: CourseOverview;
  onChanged: (next: CourseOverview) => void;
}) {
  const { t, i18n } = useTranslation();
  const { course, workshops, nextWorkshop } = overview;
  const facilitator = course.role === 'facilitator';
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean; undo?: WorkshopBody } | null>(null);

  const run = async (change: () => Promise<CourseOverview>, done: string, undo?: WorkshopBody) => {
    try {
      onChanged(await change());
      setEditing(null);
      setStatus({ text: done, ...(undo ? { undo } : {}) });
    } catch (error: unknown) {
      setStatus({ text: `${t('courseEditing.failed')} ${t(toApiError(error).messageKey)}`, error: true });
      throw error;
    }
  };

  const remove = (workshop: Workshop) => {
    const { title, date, place, notes } = workshop;
    run(() => deleteWorkshop(course.id, workshop.id), t('courseEditing.workshop.deleted', { title }), {
      title,
      date,
      place,
      notes,
    }).catch(() => undefined);
  };

  return (
    <>
      {workshops.length === 0 && editing !== NEW && <p>{t('courses.overview.noWorkshops')}</p>}
      {workshops.length > 0 && (
        <ol className="course-workshops" data-testid="workshop-list">
          {workshops.map((w) => (
            <li
              key={w.id}
              className={w.id === nextWorkshop?.id ? 'course-workshops__next' : undefined}
              data-testid="workshop"
            >
              {editing === w.id ? (
                <WorkshopForm
                  initial={{ title: w.title, date: w.date, place: w.place, notes: w.notes }}
                  submitLabel={t('courseEditing.save')}
                  onSubmit={(body) =>
                    run(
                      () => updateWorkshop(course.id, w.id, body),
                      t('courseEditing.workshop.saved', { title: body.title }),
                    )
                  }
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <div className="course-workshops__row">
                  <div>
                    <span className="course-workshops__date">{formatDate(w.date, i18n.language)}</span> {w.title}
                    {w.place && ` · ${w.place}`}
                    {w.notes && <p className="course-workshops__notes">{w.notes}</p>}
                  </div>
                  {facilitator && (
                    <div className="course-workshops__actions">
                      <button
                        type="button"
                        className="button button--quiet button--compact"
                        aria-label={t('courseEditing.workshop.editLabel', { title: w.title })}
                        onClick={() => setEditing(w.id)}
                      >
                        {t('courseEditing.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--quiet button--compact"
                        aria-label={t('courseEditing.workshop.deleteLabel', { title: w.title })}
                        onClick={() => remove(w)}
                      >
                        {t('courseEditing.delete')}
                      </button>
                    </div>
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {facilitator &&
        (editing === NEW ? (
          <WorkshopForm
            initial={{ title: `Workshop ${workshops.length + 1}`, date: '', place: '', notes: '' }}
            submitLabel={t('courseEditing.workshop.add')}
            onSubmit={(body) =>
              run(() => addWorkshop(course.id, body), t('courseEditing.workshop.added', { title: body.title }))
            }
            onCancel={() => setEditing(null)}
          />
        ) : (
          <button
            type="button"
            className="button button--secondary button--compact"
            data-testid="add-workshop"
            onClick={() => setEditing(NEW)}
          >
            {t('courseEditing.workshop.add')}
          </button>
        ))}
      <div className={status?.error ? 'inline-error' : 'course-status'} role="status" data-testid="workshop-status">
        {status?.text}
        {status?.undo && (
          <button
            type="button"
            className="button button--quiet button--compact"
            onClick={() => {
              const body = status.undo!;
              run(
                () => addWorkshop(course.id, body),
                t('courseEditing.workshop.restored', { title: body.title }),
              ).catch(() => undefined);
            }}
          >
            {t('courseEditing.undo')}
          </button>
        )}
      </div>
    </>
  );
}
