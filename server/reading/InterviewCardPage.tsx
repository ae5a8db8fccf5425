import type { PlaybookFile } from '../../shared/playbook/playbookFileSchema.js';
import { AgendaTable } from './AgendaTable.js';
import { Checklist } from './Checklist.js';
import { ContactList } from './ContactList.js';
import { IfThenCards } from './IfThenCards.js';
import { PageShell } from './PageShell.js';
import { readingLinks } from './readingLinks.js';
import type { ReadingLanguage, ReadingTexts } from './readingTexts.js';
import { RolesList } from './RolesList.js';
import { ArchivedNotice } from './ArchivedNotice.js';
import { DownloadLinks } from './DownloadLinks.js';
import { StatusLabel, type Edition } from './StatusLabel.js';

/** How many "hvis … så" cards the interview card shows; the rest are in the reader view. */
export const CARD_IF_THEN_COUNT = 4;

/**
 * The interview card (samtalekort): the agenda with time boxes, who does what, the citizen's rights, the
 * first "hvis … så" cards and the contacts. One phone screen to scroll, one A4 page in print.
 */
export function InterviewCardPage({
  id,
  file,
  archivedAt,
  language,
  texts,
  edition,
}: {
  id: string;
  file: PlaybookFile;
  language: ReadingLanguage;
  texts: ReadingTexts;
  edition: Edition;
  /** When the playbook was archived (ISO), or null. */
  archivedAt: string | null;
}) {
  const links = readingLinks(id, language);
  const rights = file.checklistItems.filter((item) => item.sectionId === 'rights');
  const cards = file.ifThenCards.slice(0, CARD_IF_THEN_COUNT);
  const moreCards = file.ifThenCards.length - cards.length;
  return (
    <PageShell language={language} title={`${texts.cardTitle} – ${file.meta.title}`} bodyClass="card-page">
      <header className="top">
        <nav className="top__links" aria-label={texts.cardTitle}>
          <a href={links.reader} data-testid="reader-link">
            {texts.openReader}
          </a>
          <DownloadLinks id={id} language={language} texts={texts} edition={edition} />
          <a href={links.otherLanguage} hrefLang={texts.otherLanguageName} lang={texts.otherLanguageName}>
            {texts.otherLanguage}
          </a>
        </nav>
        <p className="eyebrow">{texts.cardTitle}</p>
        <h1 data-testid="playbook-title">{file.meta.title}</h1>
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
      </header>
      <main className="card-grid">
        <section className="block" aria-labelledby="card-agenda" data-testid="card-agenda">
          <h2 id="card-agenda">{texts.agendaHeading}</h2>
          <AgendaTable items={file.agenda} texts={texts} />
        </section>
        <section className="block" aria-labelledby="card-roles" data-testid="card-roles">
          <h2 id="card-roles">{texts.rolesHeading}</h2>
          <RolesList rows={file.roles} texts={texts} />
        </section>
        <section className="block" aria-labelledby="card-rights" data-testid="card-rights">
          <h2 id="card-rights">{texts.rightsHeading}</h2>
          <Checklist items={rights} texts={texts} />
        </section>
        <section className="block" aria-labelledby="card-cards" data-testid="card-if-then">
          <h2 id="card-cards">{texts.cardsHeading}</h2>
          <IfThenCards cards={cards} texts={texts} />
          {moreCards > 0 && (
            <p className="more">
              <a href={`${links.reader}#afsnit-special-situations`}>{texts.moreCards(moreCards)}</a>
            </p>
          )}
        </section>
        <section className="block" aria-labelledby="card-contacts" data-testid="card-contacts">
          <h2 id="card-contacts">{texts.contactsHeading}</h2>
          <ContactList contacts={file.contacts} partners={file.meta.partners} texts={texts} withNotes={false} />
        </section>
      </main>
    </PageShell>
  );
}
