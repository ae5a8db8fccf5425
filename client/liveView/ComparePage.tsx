import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeMode, MergeResult, SectionComparison } from '../../shared/api/liveViewApi.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { SECTIONS, sectionById } from '../../shared/playbook/sections.js';
import { toApiError } from '../api/ApiError.js';
import { getComparison, mergeIntoCourse, restoreSection } from '../api/liveViewApi.js';
import { lastMerge } from './lastMerge.js';
import { AppHeader } from '../components/AppHeader.js';
import { AppLink } from '../components/AppLink.js';
import { Modal } from '../components/Modal.js';
import { navigate } from '../routing/navigate.js';
import { useDocumentTitle } from '../routing/useDocumentTitle.js';
import { GroupAnswer } from './GroupAnswer.js';
import { compareHref, liveViewHref } from './livePaths.js';
import { LiveStatus } from './LiveStatus.js';
import { isEmptyBlock, RichTextBlock } from './RichTextView.js';
import { useLiveSnapshot } from './useLiveSnapshot.js';
import '../styles/list.css';
import '../styles/courses.css';
import '../styles/liveview.css';

interface Status {
  tone: 'info' | 'error';
  text: string;
  /** After a merge: what the section held before, for "Fortryd". */
  undo?: MergeResult;
}

/**
 * `/forloeb/<id>/sammenlign/<sectionId>`: how each learning group answered one section, side by side with
 * the course playbook's text, from which the facilitator merges (all of a group's text, or chosen blocks)
 * into the course playbook. Refreshes when the live stream says the section changed anywhere.
 */
export function ComparePage({ courseId, sectionId }: { courseId: string; sectionId: SectionId }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'da';
  const section = sectionById(sectionId);
  const sectionTitle = `${section.number}. ${section.title[language]}`;
  const [comparison, setComparison] = useState<SectionComparison | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [selected, setSelected] = useState<Record<string, number[]>>({});
  const [busy, setBusy] = useState(false);
  // A merge made earlier in this tab can still be undone after leaving the page and coming back.
  const [status, setStatus] = useState<Status | null>(() => {
    const earlier = lastMerge.read(courseId, sectionId);
    if (!earlier) return null;
    const key = earlier.mode === 'append' ? 'liveview.compare.appended' : 'liveview.compare.replaced';
    return { tone: 'info', text: t(key, { group: earlier.group }), undo: earlier.result };
  });
  const [confirming, setConfirming] = useState<string | null>(null);
  const confirmTitleId = useId();
  const live = useLiveSnapshot(courseId);
  useDocumentTitle(sectionTitle, t('liveview.compare.pageTitle'));

  // A fingerprint of this section everywhere in the course: when it changes, the texts are read again.
  const sectionStamp = useMemo(() => {
    const snapshot = live.snapshot;
    if (!snapshot) return '';
    const cells = [snapshot.course.sections, ...snapshot.groups.map((g) => g.sections)].map((cells) =>
      cells.find((c) => c.sectionId === sectionId),
    );
    return `${snapshot.groups.map((g) => g.id).join(',')}|${cells.map((c) => `${c?.words}:${c?.lastEdit?.at ?? ''}`).join(',')}`;
  }, [live.snapshot, sectionId]);

  const load = useCallback(
    (signal?: AbortSignal) => {
      getComparison(courseId, sectionId, signal).then(
        (next) => {
          setComparison(next);
          setFailed(null);
        },
        (error: unknown) => {
          if (!signal?.aborted) setFailed(t(toApiError(error).messageKey));
        },
      );
    },
    [courseId, sectionId, t],
  );

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load, sectionStamp]);

  const toggle = (groupId: string, index: number) =>
    setSelected((current) => {
      const list = current[groupId] ?? [];
      return { ...current, [groupId]: list.includes(index) ? list.filter((i) => i !== index) : [...list, index] };
    });

  const merge = async (groupId: string, mode: MergeMode) => {
    const group = comparison?.groups.find((g) => g.id === groupId);
    if (!group) return;
    const blocks = selected[groupId] ?? [];
    setBusy(true);
    try {
      const result = await mergeIntoCourse(courseId, {
        sectionId,
        groupId,
        mode,
        ...(blocks.length > 0 ? { blocks: [...blocks].sort((a, b) => a - b) } : {}),
      });
      setSelected((current) => ({ ...current, [groupId]: [] }));
      setComparison((current) =>
        current ? { ...current, course: { ...current.course, content: result.content, words: result.words } } : current,
      );
      setStatus({
        tone: 'info',
        text: t(mode === 'append' ? 'liveview.compare.appended' : 'liveview.compare.replaced', { group: group.name }),
        undo: result,
      });
      lastMerge.save(courseId, sectionId, { group: group.name, mode, result });
    } catch (error: unknown) {
      setStatus({ tone: 'error', text: `${t('liveview.compare.mergeFailed')} ${t(toApiError(error).messageKey)}` });
    } finally {
      setBusy(false);
    }
  };

  const undo = async (result: MergeResult) => {
    setBusy(true);
    try {
      // Takes out just what the merge put in (others' writing meanwhile stays); a replace puts the old text back.
      const restored = await restoreSection(courseId, {
        sectionId,
        remove: result.inserted,
        ...(result.replaced ? { content: result.previous } : {}),
      });
      setComparison((current) =>
        current
          ? { ...current, course: { ...current.course, content: restored.content, words: restored.words } }
          : current,
      );
      setStatus({ tone: 'info', text: t('liveview.compare.undone') });
      lastMerge.forget(courseId, sectionId);
    } catch (error: unknown) {
      setStatus({ tone: 'error', text: `${t('liveview.compare.undoFailed')} ${t(toApiError(error).messageKey)}` });
    } finally {
      setBusy(false);
    }
  };

  const courseBlocks = (comparison?.course.content.content ?? []).filter((node) => !isEmptyBlock(node));
  const confirmingGroup = comparison?.groups.find((g) => g.id === confirming);

  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page live-page compare-page">
        <p className="course-crumb">
          <AppLink href={liveViewHref(courseId)}>{t('liveview.compare.backToLive')}</AppLink>
        </p>
        <div className="live-page__head">
          <h1>{t('liveview.compare.heading', { section: sectionTitle })}</h1>
          <LiveStatus connection={live.connection} />
        </div>
        <label className="compare-page__picker">
          <span>{t('liveview.compare.otherSection')}</span>
          <select
            className="field__input"
            value={sectionId}
            onChange={(event) => navigate(compareHref(courseId, event.target.value as SectionId))}
          >
            {SECTIONS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.number}. {s.title[language]}
              </option>
            ))}
          </select>
        </label>
        <div className="compare-page__status" role="status" aria-live="polite">
          {status && (
            <p className={`compare-status compare-status--${status.tone}`}>
              {status.text}{' '}
              {status.undo && (
                <button
                  type="button"
                  className="button button--secondary button--compact"
                  disabled={busy}
                  onClick={() => {
                    const result = status.undo;
                    if (result) void undo(result);
                  }}
                >
                  {t('liveview.compare.undo')}
                </button>
              )}
            </p>
          )}
        </div>
        {failed && <p role="alert">{failed}</p>}
        {comparison && (
          <div className="compare-columns" role="region" aria-label={t('liveview.compare.columnsLabel')} tabIndex={0}>
            {comparison.groups.length === 0 && <p>{t('liveview.compare.noGroups')}</p>}
            {comparison.groups.map((group) => (
              <GroupAnswer
                key={group.id}
                group={group}
                selected={new Set(selected[group.id] ?? [])}
                busy={busy}
                onToggle={(index) => toggle(group.id, index)}
                onAppend={() => void merge(group.id, 'append')}
                onReplace={() => setConfirming(group.id)}
              />
            ))}
            <section className="compare-column compare-column--course" aria-labelledby={`${confirmTitleId}-course`}>
              <h2 id={`${confirmTitleId}-course`} className="compare-column__title">
                {t('liveview.coursePlaybook')}
              </h2>
              <p className="compare-column__meta">{t('liveview.words', { count: comparison.course.words })}</p>
              {courseBlocks.length === 0 ? (
                <p className="compare-column__empty">{t('liveview.compare.courseEmpty')}</p>
              ) : (
                <div className="rich-text" data-testid="course-section-text">
                  {courseBlocks.map((node, index) => (
                    <RichTextBlock key={index} node={node} />
                  ))}
                </div>
              )}
              <AppLink className="button button--secondary" href={`/p/${comparison.course.playbookId}`}>
                {t('liveview.openCoursePlaybook')}
              </AppLink>
            </section>
          </div>
        )}
        {confirmingGroup && (
          <Modal labelledBy={confirmTitleId} describedBy={`${confirmTitleId}-body`} onClose={() => setConfirming(null)}>
            <div className="modal__form">
              <header className="modal__header">
                <h2 id={confirmTitleId} className="modal__title">
                  {t('liveview.compare.confirmTitle')}
                </h2>
              </header>
              <div className="modal__body">
                <p id={`${confirmTitleId}-body`}>
                  {t('liveview.compare.confirmText', { group: confirmingGroup.name, section: sectionTitle })}
                </p>
              </div>
              <footer className="modal__footer">
                <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                  {t('liveview.compare.cancel')}
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => {
                    setConfirming(null);
                    void merge(confirmingGroup.id, 'replace');
                  }}
                >
                  {t('liveview.compare.confirmReplace')}
                </button>
              </footer>
            </div>
          </Modal>
        )}
      </main>
    </>
  );
}
