import type { ReactNode } from 'react';
import type { PlaybookFile } from '../../shared/playbook/playbookFileSchema.js';
import type { SectionId } from '../../shared/playbook/sectionIds.js';
import { SECTIONS, type SectionDefinition } from '../../shared/playbook/sections.js';
import { AgendaTable } from './AgendaTable.js';
import { Checklist } from './Checklist.js';
import { ContactList } from './ContactList.js';
import { formatMoment } from './formatDate.js';
import { IfThenCards } from './IfThenCards.js';
import { MetadataList } from './MetadataList.js';
import { PageShell } from './PageShell.js';
import { readingLinks } from './readingLinks.js';
import type { ReadingLanguage, ReadingTexts } from './readingTexts.js';
import { RichTextView } from '../../shared/render/RichTextView.js';
import { RolesTable } from './RolesTable.js';
import { ArchivedNotice } from './ArchivedNotice.js';
import { DownloadLinks } from './DownloadLinks.js';
import { StatusLabel, type Edition } from './StatusLabel.js';
import type { VisitRecord } from './SqliteReadingLog.js';

/** The anchor of a section in the reader view. */
export const sectionAnchor = (id: SectionId) => `afsnit-${id}`;

export interface ReaderPageProps {
  id: string;
  file: PlaybookFile;
  language: ReadingLanguage;
  texts: ReadingTexts;
  /** Null for callers whose visits are not remembered. */
  visit: VisitRecord | null;
  /** Which text this is: the approved version, or the draft. */
  edition: Edition;
  /** When the playbook was archived (ISO), or null. */
  archivedAt: string | null;
}

/**
 * The whole playbook for readers: metadata and status, what changed since the last visit, a table of
 * contents, then every section's text and structured parts. Facilitator prompts are never rendered.
 */
export function ReaderPage({ id, file, language, texts, visit, edition, archivedAt }: ReaderPageProps) {
  const changed = new Set(visit?.changedSections ?? []);
  const links = readingLinks(id, language);
  const title = file.meta.title;
  return (
    <PageShell language={language} title={`${title} – ${texts.readerTitle}`} bodyClass="reader" withSearch>
      <header className="top" id="top">
        <nav className="top__links" aria-label={texts.readerTitle}>
          <a href={links.card} data-testid="card-link">
            {texts.openCard}
          </a>
          <a href={links.editor}>{texts.openEditor}</a>
          <DownloadLinks id={id} language={language} texts={texts} edition={edition} />
          <a href={links.otherLanguage} hrefLang={texts.otherLanguageName} lang={texts.otherLanguageName}>
            {texts.otherLanguage}
          </a>
        </nav>
        <p className="eyebrow">{texts.readerTitle}</p>
        <h1 data-testid="playbook-title">{title}</h1>
        <StatusLabel
          status={file.meta.status}
          version={file.meta.version}
          texts={texts}
          edition={edition}
          language={language}
          draftHref={links.readerDraft}
          approvedHref={links.reader}
        />
        <ArchivedNotice archivedAt={archivedAt} texts={texts} language={language} />
        <MetadataList meta={file.meta} texts={texts} language={language} />
      </header>

      {visit && (
        <section className="whats-new" aria-labelledby="whats-new-heading" data-testid="whats-new">
          <h2 id="whats-new-heading">{texts.whatsNew}</h2>
          {visit.previousVisit === null ? (
            <p>{texts.firstVisit}</p>
          ) : changed.size === 0 ? (
            <p>{texts.nothingNew}</p>
          ) : (
            <>
              <p>{texts.whatsNewSince(formatMoment(visit.previousVisit, language))}</p>
              <ul>
                {SECTIONS.filter((section) => changed.has(section.id)).map((section) => (
                  <li key={section.id} data-testid="changed-section">
                    <a href={`#${sectionAnchor(section.id)}`}>{sectionHeading(section, language)}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <div className="search" data-search-form hidden>
        <label htmlFor="reader-search">{texts.searchLabel}</label>
        <input
          id="reader-search"
          type="search"
          autoComplete="off"
          data-no-matches={texts.searchNoMatches}
          data-matches-one={texts.searchMatches(1)}
          data-matches-many={texts.searchMatches(2).replace('2', '{n}')}
          aria-describedby="reader-search-status"
        />
        <p id="reader-search-status" className="search__status" aria-live="polite">
          {texts.searchHint}
        </p>
      </div>

      <nav className="toc" aria-labelledby="toc-heading" data-testid="toc">
        <h2 id="toc-heading">{texts.contents}</h2>
        <ol>
          {SECTIONS.map((section) => (
            <li key={section.id} data-toc-for={section.id}>
              <a href={`#${sectionAnchor(section.id)}`}>{sectionHeading(section, language)}</a>
              {changed.has(section.id) && <span className="new-badge"> {texts.newBadge}</span>}
            </li>
          ))}
        </ol>
      </nav>

      <main>
        {SECTIONS.map((section) => (
          <SectionBlock
            key={section.id}
            section={section}
            file={file}
            language={language}
            texts={texts}
            isNew={changed.has(section.id)}
          />
        ))}
      </main>
    </PageShell>
  );
}

function sectionHeading(section: SectionDefinition, language: ReadingLanguage): string {
  return `${section.number}. ${section.title[language]}`;
}

function SectionBlock(props: {
  section: SectionDefinition;
  file: PlaybookFile;
  language: ReadingLanguage;
  texts: ReadingTexts;
  isNew: boolean;
}) {
  const { section, file, language, texts, isNew } = props;
  const content = file.sections.find((candidate) => candidate.id === section.id)?.content;
  const hasText = (content?.content ?? []).some(
    (node) => (node.content ?? []).length > 0 || node.type === 'horizontalRule',
  );
  const parts = section.parts;
  const checklist = file.checklistItems.filter((item) => item.sectionId === section.id);
  return (
    <section
      id={sectionAnchor(section.id)}
      className={`section${isNew ? ' section--new' : ''}`}
      data-section={section.id}
      data-testid="reader-section"
      aria-labelledby={`${sectionAnchor(section.id)}-heading`}
    >
      <h2 id={`${sectionAnchor(section.id)}-heading`}>
        {sectionHeading(section, language)}
        {isNew && <span className="new-badge"> {texts.newBadge}</span>}
      </h2>
      {content && hasText ? (
        <div className="rich-text">
          <RichTextView nodes={content.content ?? []} placement={{ headingOffset: 1 }} />
        </div>
      ) : (
        parts.length === 0 && <p className="muted">{texts.emptySection}</p>
      )}
      {parts.includes('agenda') && (
        <TableScroll labelledBy={`${sectionAnchor(section.id)}-heading`}>
          <AgendaTable items={file.agenda} texts={texts} />
        </TableScroll>
      )}
      {parts.includes('roles') && (
        <TableScroll labelledBy={`${sectionAnchor(section.id)}-heading`}>
          <RolesTable rows={file.roles} texts={texts} />
        </TableScroll>
      )}
      {parts.includes('checklist') && <Checklist items={checklist} texts={texts} />}
      {parts.includes('ifThenCards') && <IfThenCards cards={file.ifThenCards} texts={texts} />}
      {parts.includes('contacts') && (
        <ContactList contacts={file.contacts} partners={file.meta.partners} texts={texts} withNotes />
      )}
      <p className="to-top">
        <a href="#top">{texts.backToTop}</a>
      </p>
    </section>
  );
}

/**
 * A wide table that scrolls sideways on a phone. Keyboard users reach it with Tab and scroll it with the
 * arrow keys (WCAG 2.1.1); it is named after its section.
 */
function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
