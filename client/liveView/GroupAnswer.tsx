import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompareGroup } from '../../shared/api/liveViewApi.js';
import { formatRelativeTime } from '../list/formatRelativeTime.js';
import { useNow } from '../list/useNow.js';
import { isEmptyBlock, RichTextBlock } from './RichTextView.js';

/**
 * One group's answer to the section, read-only, with a checkbox per block (paragraph, heading, list) to
 * merge only some of it, and the two merge buttons.
 */
export function GroupAnswer({
  group,
  selected,
  busy,
  onToggle,
  onAppend,
  onReplace,
}: {
  group: CompareGroup;
  selected: ReadonlySet<number>;
  busy: boolean;
  onToggle: (index: number) => void;
  onAppend: () => void;
  onReplace: () => void;
}) {
  const { t, i18n } = useTranslation();
  const now = useNow(15_000);
  const headingId = useId();
  const nodes = group.content.content ?? [];
  const written = nodes.map((node, index) => ({ node, index })).filter(({ node }) => !isEmptyBlock(node));
  const chosen = selected.size;

  return (
    <section className="compare-column" aria-labelledby={headingId} data-group-id={group.id}>
      <h2 id={headingId} className="compare-column__title">
        {group.name}
      </h2>
      <p className="compare-column__meta">
        {t('liveview.words', { count: group.words })}
        {group.lastEdit &&
          ` · ${t('liveview.lastEdit', {
            when: formatRelativeTime(new Date(group.lastEdit.at), now, i18n.language),
            organisation: group.lastEdit.organisationName,
          })}`}
      </p>
      {written.length === 0 ? (
        <p className="compare-column__empty">{t('liveview.compare.nothingYet')}</p>
      ) : (
        <ol className="compare-blocks" aria-label={t('liveview.compare.blocksLabel', { group: group.name })}>
          {written.map(({ node, index }, position) => (
            <li key={index} className={`compare-block${selected.has(index) ? ' compare-block--chosen' : ''}`}>
              <label className="compare-block__pick">
                <input type="checkbox" checked={selected.has(index)} onChange={() => onToggle(index)} />
                <span className="visually-hidden">
                  {t('liveview.compare.pickBlock', { n: position + 1, group: group.name })}
                </span>
              </label>
              <div className="compare-block__text rich-text">
                <RichTextBlock node={node} />
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className="compare-column__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || written.length === 0}
          onClick={onAppend}
        >
          {chosen > 0 ? t('liveview.compare.appendChosen', { count: chosen }) : t('liveview.compare.append')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || written.length === 0}
          onClick={onReplace}
        >
          {chosen > 0 ? t('liveview.compare.replaceChosen', { count: chosen }) : t('liveview.compare.replace')}
        </button>
      </div>
    </section>
  );
}
