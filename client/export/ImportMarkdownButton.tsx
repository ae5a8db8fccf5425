import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_MARKDOWN_MAX_CHARS } from '../../shared/api/importApi.js';
import { toApiError } from '../api/ApiError.js';
import { playbookHref } from '../list/PlaybookCard.js';
import { navigate } from '../routing/navigate.js';
import '../styles/export.css';
import { importMarkdown } from './importMarkdown.js';

type Problem = 'importFailed' | 'importInvalid' | 'importTooLarge' | 'importEmpty';

/** "Importér Markdown": pick a .md file, create a playbook from it on the server and open it. */
export function ImportMarkdownButton() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    const markdown = await file.text();
    if (markdown.trim() === '') return setProblem('importEmpty');
    if (markdown.length > IMPORT_MARKDOWN_MAX_CHARS) return setProblem('importTooLarge');
    setBusy(true);
    try {
      const created = await importMarkdown({ markdown });
      navigate(playbookHref(created.playbook.id));
    } catch (error: unknown) {
      const code = toApiError(error).code;
      setProblem(
        code === 'invalid_markdown'
          ? 'importInvalid'
          : code === 'payload_too_large'
            ? 'importTooLarge'
            : 'importFailed',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="import-markdown">
      <button
        type="button"
        className="button"
        title={t('export.importHint')}
        disabled={busy}
        onClick={() => input.current?.click()}
        data-testid="import-markdown"
      >
        {busy ? t('export.importing') : t('export.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".md,.markdown,text/markdown,text/plain"
        hidden
        onChange={(event) => void onFile(event)}
        data-testid="import-markdown-file"
      />
      {problem && (
        <p role="alert" className="import-markdown__problem">
          {t(`export.${problem}`)}
        </p>
      )}
    </div>
  );
}
