import { formatDate } from './formatDate.js';
import type { ReadingLanguage, ReadingTexts } from './readingTexts.js';

/**
 * Says that an archived playbook is no longer in use, so nobody runs an interview from it by mistake (the
 * reading pages stay open to its members: an archived text may still be looked up).
 */
export function ArchivedNotice({
  archivedAt,
  texts,
  language,
}: {
  archivedAt: string | null;
  texts: ReadingTexts;
  language: ReadingLanguage;
}) {
  if (!archivedAt) return null;
  return (
    <p className="status status--archived" role="note" data-testid="archived-notice">
      <strong>{texts.archived.replace('{date}', formatDate(archivedAt.slice(0, 10), language))}</strong>
    </p>
  );
}
