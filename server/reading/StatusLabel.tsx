import type { PlaybookStatus } from '../../shared/playbook/PlaybookStatus.js';
import { formatDate } from './formatDate.js';
import type { ReadingLanguage, ReadingTexts } from './readingTexts.js';

/**
 * Which text a reading page shows: the newest approved version (frozen when a facilitator approved it),
 * the draft of a playbook that has an approved version, or the current text of one that has none.
 */
export type Edition =
  | { kind: 'approved'; label: string; approvedBy: string; approvedAt: number; changedSince: boolean }
  | { kind: 'draftOfApproved'; label: string }
  | { kind: 'current' };

/**
 * Says plainly what the reader is reading: "Godkendt version 2 · godkendt af … den …" (with a link to the
 * draft when work went on since), "you are reading the draft" (with a link back), or, for a playbook never
 * approved, the draft label ("Godkendt version" only when its cover page says approved).
 */
export function StatusLabel({
  status,
  version,
  texts,
  edition,
  language,
  draftHref,
  approvedHref,
}: {
  status: PlaybookStatus;
  version: string;
  texts: ReadingTexts;
  edition: Edition;
  language: ReadingLanguage;
  draftHref: string;
  approvedHref: string;
}) {
  if (edition.kind === 'approved') {
    const by = texts.approvedVersionBy
      .replace('{by}', edition.approvedBy)
      .replace('{date}', formatDate(new Date(edition.approvedAt).toISOString().slice(0, 10), language));
    return (
      <p className="status status--approved" data-testid="status-label" data-edition="approved">
        <strong>
          {texts.approved} {edition.label}
        </strong>{' '}
        {by}
        {edition.changedSince && (
          <>
            {' '}
            {texts.changedSinceApproval} <a href={draftHref}>{texts.readDraft}</a>
          </>
        )}
      </p>
    );
  }
  if (edition.kind === 'draftOfApproved') {
    return (
      <p className="status status--draft" data-testid="status-label" data-edition="draft">
        <strong>{texts.draft}</strong> {texts.readingDraftOfApproved.replace('{label}', edition.label)}{' '}
        <a href={approvedHref}>{texts.readApproved}</a>
      </p>
    );
  }
  if (status === 'godkendt') {
    return (
      <p className="status status--approved" data-testid="status-label" data-edition="current">
        <strong>{texts.approved}</strong>
        {version && ` ${version}`}
      </p>
    );
  }
  return (
    <p className="status status--draft" data-testid="status-label" data-edition="current">
      <strong>{texts.draft}</strong> {texts.draftNote}
    </p>
  );
}
