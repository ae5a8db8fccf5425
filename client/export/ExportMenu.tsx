import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovedVersion } from '../../shared/api/versionsApi.js';
import { listVersions } from '../versions/versionsApi.js';
import '../styles/export.css';
import { exportHrefs } from './exportHrefs.js';

/**
 * "Eksportér": plain download links to the server's exports (the session cookie goes along; the server
 * names the file). A disclosure, so it works by keyboard and without script state. The current text
 * (the draft) first; when the playbook has an approved version, that version too, asked for when the menu
 * opens so it is never stale.
 */
export function ExportMenu({ playbookId }: { playbookId: string }) {
  const { t } = useTranslation();
  const [approved, setApproved] = useState<ApprovedVersion | null>(null);
  const links = (edition: 'current' | 'approved', testPrefix: string) => {
    const hrefs = exportHrefs(playbookId, edition);
    return (
      <ul className="export-menu__list">
        <li>
          <a href={hrefs.markdown} download data-testid={`${testPrefix}-markdown`}>
            {t('export.markdown')}
          </a>
        </li>
        <li>
          <a href={hrefs.word} download data-testid={`${testPrefix}-word`}>
            {t('export.word')}
          </a>
        </li>
        <li>
          <a href={hrefs.pdf} download data-testid={`${testPrefix}-pdf`}>
            {t('export.pdf')}
          </a>
        </li>
      </ul>
    );
  };
  return (
    <details
      className="export-menu"
      data-testid="export-menu"
      onToggle={(event) => {
        if (!event.currentTarget.open) return;
        listVersions(playbookId).then(
          (versions) => setApproved(versions[0] ?? null),
          () => setApproved(null),
        );
      }}
    >
      <summary title={t('export.menuHint')}>{t('export.menu')}</summary>
      {approved && <p className="export-menu__group">{t('export.current')}</p>}
      {links('current', 'export')}
      {approved && (
        <>
          <p className="export-menu__group">{t('export.approved', { label: approved.label })}</p>
          {links('approved', 'export-approved')}
        </>
      )}
    </details>
  );
}
