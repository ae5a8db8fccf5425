import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseOverview, Group } from '../../shared/api/coursesApi.js';
import { toApiError } from '../api/ApiError.js';
import { deleteGroup, renameGroup } from '../api/courseEditingApi.js';

/**
 * A facilitator's "Omdøb" and "Slet" for one learning group. Deleting asks first and says what happens: the
 * members leave the group's working space, and its text stays for the facilitators.
 */
export function GroupActions({
  courseId,
  group,
  onChanged,
  onStatus,
}: {
  courseId: string;
  group: Group;
  onChanged: (next: CourseOverview) => void;
  onStatus: (status: { tone: 'info' | 'error'; text: string }) => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'idle' | 'rename' | 'confirmDelete'>('idle');
  const [name, setName] = useState(group.name);
  const inputRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (mode === 'rename') inputRef.current?.select();
    if (mode === 'confirmDelete') confirmRef.current?.focus();
  }, [mode]);

  const fail = (error: unknown) =>
    onStatus({ tone: 'error', text: `${t('courseEditing.failed')} ${t(toApiError(error).messageKey)}` });

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const next = name.trim();
    if (next === '' || next === group.name) {
      setMode('idle');
      return;
    }
    try {
      onChanged(await renameGroup(courseId, group.id, next));
      onStatus({ tone: 'info', text: t('courseEditing.group.renamed', { name: next }) });
      setMode('idle');
    } catch (error: unknown) {
      fail(error);
    }
  };

  const remove = async () => {
    try {
      onChanged(await deleteGroup(courseId, group.id));
      onStatus({ tone: 'info', text: t('courseEditing.group.deleted', { name: group.name }) });
    } catch (error: unknown) {
      fail(error);
      setMode('idle');
    }
  };

  if (mode === 'rename') {
    return (
      <form
        className="group-actions__rename"
        onSubmit={(event) => void rename(event)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            setMode('idle');
          }
        }}
      >
        <input
          ref={inputRef}
          className="field__input"
          aria-label={t('courseEditing.group.nameLabel')}
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button--primary button--compact">
          {t('courseEditing.save')}
        </button>
      </form>
    );
  }
  if (mode === 'confirmDelete') {
    return (
      <div className="group-actions__confirm" role="alertdialog" aria-label={t('courseEditing.group.confirmTitle')}>
        <p>{t('courseEditing.group.confirm', { name: group.name })}</p>
        <button
          ref={confirmRef}
          type="button"
          className="button button--danger button--compact"
          onClick={() => void remove()}
        >
          {t('courseEditing.group.deleteYes')}
        </button>
        <button type="button" className="button button--secondary button--compact" onClick={() => setMode('idle')}>
          {t('courseEditing.cancel')}
        </button>
      </div>
    );
  }
  return (
    <div className="group-actions">
      <button
        type="button"
        className="button button--quiet button--compact"
        aria-label={t('courseEditing.group.renameLabel', { name: group.name })}
        onClick={() => {
          setName(group.name);
          setMode('rename');
        }}
      >
        {t('courseEditing.group.rename')}
      </button>
      <button
        type="button"
        className="button button--quiet button--compact"
        aria-label={t('courseEditing.group.deleteLabel', { name: group.name })}
        onClick={() => setMode('confirmDelete')}
      >
        {t('courseEditing.delete')}
      </button>
    </div>
  );
}
