import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { promptsVisibility } from '../../shared/playbook/promptsVisibility.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import type { NavItem } from './NavItem.js';
import { SectionNav } from './SectionNav.js';
import { SectionSelect } from './SectionSelect.js';

interface PlaybookNavProps {
  doc: Y.Doc;
  items: readonly NavItem[];
  current: SectionId | null;
  onNavigate: (id: SectionId) => void;
  /** True when every section's prompts are hidden: the shared button then shows them all again. */
  allPromptsHidden: boolean;
  readOnly: boolean;
}

/**
 * The left column: progress over all sections, the section list (a select on phones), and one button
 * that hides or shows every section's prompts for everyone at once, as the template's dialogue boxes could.
 */
export function PlaybookNav({ doc, items, current, onNavigate, allPromptsHidden, readOnly }: PlaybookNavProps) {
  const { t } = useTranslation();
  const filled = items.filter((item) => item.fill === 'filled').length;
  const started = items.filter((item) => item.fill === 'started').length;
  return (
    <nav className="playbook-nav" aria-labelledby="playbook-nav-heading">
      <div className="playbook-nav__head">
        <h2 id="playbook-nav-heading" className="playbook-nav__heading">
          {t('editor.nav.heading')}
        </h2>
        <p className="playbook-nav__progress" data-testid="fill-progress">
          {t('editor.nav.progress', { filled, total: items.length })}
        </p>
        <div className="progress" aria-hidden="true">
          <span className="progress__filled" style={{ width: `${(filled / items.length) * 100}%` }} />
          <span className="progress__started" style={{ width: `${(started / items.length) * 100}%` }} />
        </div>
      </div>
      <SectionSelect items={items} current={current} onNavigate={onNavigate} />
      <SectionNav items={items} current={current} onNavigate={onNavigate} />
      <div className="playbook-nav__foot">
        <button
          type="button"
          className="button button--secondary button--small playbook-nav__prompts"
          disabled={readOnly}
          onClick={() => promptsVisibility.setAll(doc, allPromptsHidden)}
        >
          {allPromptsHidden ? t('editor.prompts.showAll') : t('editor.prompts.hideAll')}
        </button>
        <p className="playbook-nav__legend">{t('editor.fill.legend')}</p>
      </div>
    </nav>
  );
}
