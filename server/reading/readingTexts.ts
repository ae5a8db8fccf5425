import type { Lead } from '../../shared/playbook/Lead.js';
import type { PartnerKind } from '../../shared/playbook/PartnerKind.js';
import type { RoleColumn, RoleLevel } from '../../shared/playbook/RoleLevel.js';

/** The languages the server-rendered reading pages speak; Danish is the default. */
export type ReadingLanguage = 'da' | 'en';

/** Every text of the reader view and the interview card (the document's own text stays as written). */
export interface ReadingTexts {
  readerTitle: string;
  cardTitle: string;
  approved: string;
  draft: string;
  draftNote: string;
  /** `{date}`: the day it was archived. */
  archived: string;
  approvalVersionsMissing: string;
  /** "Godkendt af {by} den {date}" under an approved version's label. */
  approvedVersionBy: string;
  changedSinceApproval: string;
  readDraft: string;
  readingDraftOfApproved: string;
  readApproved: string;
  download: string;
  contents: string;
  ruleBasis: string;
  validFrom: string;
  validTo: string;
  partners: string;
  area: string;
  version: string;
  approvedBy: string;
  approvedOn: string;
  nextReviewOn: string;
  organiser: string;
  region: string;
  emptySection: string;
  agendaItem: string;
  lead: string;
  minutes: string;
  /** The short heading of the minutes column (narrow phones). */
  minutesHeading: string;
  total: string;
  minutesShort: (minutes: number) => string;
  undecided: string;
  mustCover: string;
  task: string;
  roleColumns: Record<RoleColumn, string>;
  roleLevels: Record<RoleLevel, string>;
  noPart: string;
  leads: Record<Lead, string>;
  partnerKinds: Record<PartnerKind, string>;
  who: string;
  ifLabel: string;
  thenLabel: string;
  ruleNote: string;
  phone: string;
  email: string;
  rightsHeading: string;
  rolesHeading: string;
  agendaHeading: string;
  cardsHeading: string;
  contactsHeading: string;
  moreCards: (count: number) => string;
  searchLabel: string;
  searchHint: string;
  searchNoMatches: string;
  searchMatches: (count: number) => string;
  whatsNew: string;
  whatsNewSince: (when: string) => string;
  nothingNew: string;
  firstVisit: string;
  newBadge: string;
  openCard: string;
  openReader: string;
  openEditor: string;
  print: string;
  backToTop: string;
  signInTitle: string;
  signInText: string;
  signInLink: string;
  signInAgain: string;
  notFoundTitle: string;
  notFoundText: string;
  toTheApp: string;
  otherLanguage: string;
  otherLanguageName: string;
}

const da: ReadingTexts = {
  readerTitle: 'Læsevisning',
  cardTitle: 'Samtalekort',
  approved: 'Godkendt version',
  draft: 'Kladde – ikke godkendt endnu',
  draftNote: 'Teksten kan stadig ændre sig. Spørg tovholderen, hvis du er i tvivl.',
  archived: 'Arkiveret den {date}: drejebogen bruges ikke længere. Spørg tovholderen, hvilken drejebog der gælder nu.',
  approvalVersionsMissing: 'Du læser den aktuelle tekst.',
  approvedVersionBy: 'Godkendt af {by} den {date}.',
  changedSinceApproval: 'Der er arbejdet videre i kladden siden.',
  readDraft: 'Læs kladden',
  readingDraftOfApproved: 'Du læser kladden med ændringer, som ikke er godkendt. Den godkendte version er {label}.',
  readApproved: 'Læs den godkendte version',
  download: 'Hent som',
  contents: 'Indhold',
  ruleBasis: 'Regelgrundlag',
  validFrom: 'gælder fra',
  validTo: 'til',
  partners: 'Parter',
  area: 'Område',
  version: 'Version',
  approvedBy: 'Godkendt af',
  approvedOn: 'Godkendt den',
  nextReviewOn: 'Næste revision',
  organiser: 'Facilitering',
  region: 'Region',
  emptySection: 'Afsnittet er ikke skrevet endnu.',
  agendaItem: 'Punkt',
  lead: 'Ansvarlig',
  minutes: 'Minutter',
  minutesHeading: 'Min.',
  total: 'I alt',
  minutesShort: (minutes) => `${minutes} min.`,
  undecided: 'ikke fastlagt',
  mustCover: 'skal med',
  task: 'Opgave',
  roleColumns: { jobcenter: 'Jobcenter', akasse: 'A-kasse', borger: 'Borger' },
  roleLevels: { leder: 'Leder', bidrager: 'Bidrager', informeres: 'Informeres' },
  noPart: '–',
  leads: { jobcenter: 'Jobcenter', akasse: 'A-kasse', borger: 'Borger', faelles: 'Fælles' },
  partnerKinds: { kommune: 'Kommune/jobcenter', akasse: 'A-kasse', andet: 'Anden part' },
  who: 'Hvem',
  ifLabel: 'Hvis',
  thenLabel: 'så',
  ruleNote: 'Regel',
  phone: 'Telefon',
  email: 'E-mail',
  rightsHeading: 'Borgerens rettigheder',
  rolesHeading: 'Hvem gør hvad',
  agendaHeading: 'Dagsorden',
  cardsHeading: 'Hvis … så',
  contactsHeading: 'Kontakter',
  moreCards: (count) => `${count} flere i læsevisningen`,
  searchLabel: 'Søg i drejebogen',
  searchHint: 'Skriv et ord for at vise de afsnit, der nævner det.',
  searchNoMatches: 'Ingen afsnit nævner det.',
  searchMatches: (count) => (count === 1 ? '1 afsnit' : `${count} afsnit`),
  whatsNew: 'Hvad er nyt siden sidst',
  whatsNewSince: (when) => `Ændret siden dit sidste besøg (${when}):`,
  nothingNew: 'Intet er ændret siden dit sidste besøg.',
  firstVisit: 'Første gang du læser drejebogen her: næste gang ser du, hvad der er ændret.',
  newBadge: 'Nyt',
  openCard: 'Samtalekort',
  openReader: 'Hele drejebogen',
  openEditor: 'Åbn i Drejebog',
  print: 'Udskriv',
  backToTop: 'Til toppen',
  signInTitle: 'Log ind',
  signInText: 'Du skal være logget ind for at læse drejebogen.',
  signInLink: 'Log ind i Drejebog',
  signInAgain: 'Åbn derefter siden igen:',
  notFoundTitle: 'Drejebogen findes ikke',
  notFoundText: 'Der er ingen drejebog her, eller du har ikke adgang til den.',
  toTheApp: 'Til Drejebog',
  otherLanguage: 'English',
  otherLanguageName: 'en',
};

const en: ReadingTexts = {
  readerTitle: 'Reader view',
  cardTitle: 'Interview card',
  approved: 'Approved version',
  draft: 'Draft – not approved yet',
  draftNote: 'The text may still change. Ask the facilitator if in doubt.',
  archived: 'Archived on {date}: this playbook is no longer in use. Ask the facilitator which playbook applies now.',
  approvalVersionsMissing: 'You are reading the current text.',
  approvedVersionBy: 'Approved by {by} on {date}.',
  changedSinceApproval: 'Work has continued in the draft since.',
  readDraft: 'Read the draft',
  readingDraftOfApproved:
    'You are reading the draft, with changes that are not approved. The approved version is {label}.',
  readApproved: 'Read the approved version',
  download: 'Download as',
  contents: 'Contents',
  ruleBasis: 'Rule basis',
  validFrom: 'valid from',
  validTo: 'to',
  partners: 'Partners',
  area: 'Area',
  version: 'Version',
  approvedBy: 'Approved by',
  approvedOn: 'Approved on',
  nextReviewOn: 'Next review',
  organiser: 'Facilitation',
  region: 'Region',
  emptySection: 'This section has not been written yet.',
  agendaItem: 'Item',
  lead: 'Lead',
  minutes: 'Minutes',
  minutesHeading: 'Min',
  total: 'Total',
  minutesShort: (minutes) => `${minutes} min`,
  undecided: 'not decided',
  mustCover: 'must cover',
  task: 'Task',
  roleColumns: { jobcenter: 'Job centre', akasse: 'A-kasse', borger: 'Citizen' },
  roleLevels: { leder: 'Leads', bidrager: 'Contributes', informeres: 'Informed' },
  noPart: '–',
  leads: { jobcenter: 'Job centre', akasse: 'A-kasse', borger: 'Citizen', faelles: 'Together' },
  partnerKinds: { kommune: 'Municipality/job centre', akasse: 'A-kasse', andet: 'Other party' },
  who: 'Who',
  ifLabel: 'If',
  thenLabel: 'then',
  ruleNote: 'Rule',
  phone: 'Phone',
  email: 'E-mail',
  rightsHeading: "The citizen's rights",
  rolesHeading: 'Who does what',
  agendaHeading: 'Agenda',
  cardsHeading: 'If … then',
  contactsHeading: 'Contacts',
  moreCards: (count) => `${count} more in the reader view`,
  searchLabel: 'Search the playbook',
  searchHint: 'Type a word to show the sections that mention it.',
  searchNoMatches: 'No section mentions it.',
  searchMatches: (count) => (count === 1 ? '1 section' : `${count} sections`),
  whatsNew: "What's new since last time",
  whatsNewSince: (when) => `Changed since your last visit (${when}):`,
  nothingNew: 'Nothing has changed since your last visit.',
  firstVisit: 'Your first visit here: next time you will see what has changed.',
  newBadge: 'New',
  openCard: 'Interview card',
  openReader: 'Whole playbook',
  openEditor: 'Open in Drejebog',
  print: 'Print',
  backToTop: 'Back to top',
  signInTitle: 'Sign in',
  signInText: 'Sign in to read this playbook.',
  signInLink: 'Sign in to Drejebog',
  signInAgain: 'Then open this page again:',
  notFoundTitle: 'No such playbook',
  notFoundText: 'There is no playbook here, or you do not have access to it.',
  toTheApp: 'To Drejebog',
  otherLanguage: 'Dansk',
  otherLanguageName: 'da',
};

/** The texts of the reading pages in `language`. */
export const READING_TEXTS: Record<ReadingLanguage, ReadingTexts> = { da, en };
