import type { PlaybookStatus } from '../../shared/playbook/PlaybookStatus.js';
import type { ReadingTexts } from './readingTexts.js';

/**
 * "Godkendt version" for an approved playbook, else a clear draft label. Approval versions do not exist yet,
 * so readers always see the current text; the label says whether that text is the approved one.
 */
export function StatusLabel({
  status,
  version,
  texts,
}: {
  status: PlaybookStatus;
  version: string;
  texts: ReadingTexts;
}) {
  if (status === 'godkendt') {
    return (
      <p className="status status--approved" data-testid="status-label">
        <strong>{texts.approved}</strong>
        {version && ` ${version}`}
      </p>
    );
  }
  return (
    <p className="status status--draft" data-testid="status-label">
      <strong>{texts.draft}</strong> {texts.draftNote}
    </p>
  );
}
