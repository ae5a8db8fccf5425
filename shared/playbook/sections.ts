import { SECTION_PROMPTS } from './sectionPrompts.js';
import type { SectionId } from './sectionIds.js';

/** Structured parts a section can carry beside its rich text; the client shows an editor for each. */
export type StructuredPart = 'metadata' | 'agenda' | 'roles' | 'checklist' | 'ifThenCards' | 'contacts';

/** One entry of the section catalogue. Texts are Danish (`da`) and English (`en`). */
export interface SectionDefinition {
  id: SectionId;
  /** Number shown before the title, as in the domain brief (0–12). */
  number: number;
  title: { da: string; en: string };
  /** One line saying what the section is for, shown under the title while writing. */
  purpose: { da: string; en: string };
  /** Facilitator prompts, "Spørgsmål til drøftelse". */
  prompts: { da: readonly string[]; en: readonly string[] };
  parts: readonly StructuredPart[];
}

type Entry = Omit<SectionDefinition, 'prompts' | 'number'>;

// Reading order is the order of this list; numbers and prompts are filled in below.
const ENTRIES: readonly Entry[] = [
  {
    id: 'cover',
    title: { da: 'Forside og stamdata', en: 'Cover and metadata' },
    purpose: {
      da: 'Hvem ejer drejebogen, hvilke regler bygger den på, og er den gældende?',
      en: 'Who owns this playbook, which rules it is based on, and whether it is current.',
    },
    parts: ['metadata'],
  },
  {
    id: 'purpose',
    title: { da: 'Formål og fælles ståsted', en: 'Purpose and shared principles' },
    purpose: { da: 'Den fælles forståelse og det fælles sprog.', en: 'Our common understanding and common language.' },
    parts: [],
  },
  {
    id: 'target-group',
    title: { da: 'Målgruppe og lokale forhold', en: 'Target group and local context' },
    purpose: {
      da: 'Det, der er særligt for borgerne og arbejdsmarkedet her.',
      en: 'What is special about our citizens and local labour market.',
    },
    parts: [],
  },
  {
    id: 'interview-types',
    title: { da: 'Samtaletyper, tidspunkter og form', en: 'Interview types, timing and form' },
    purpose: {
      da: 'Hvilke fællessamtaler vi holder, hvornår og hvordan efter de gældende regler.',
      en: 'Which joint interviews we hold, when and how, under the current rules.',
    },
    parts: [],
  },
  {
    id: 'before',
    title: { da: 'Før samtalen', en: 'Before the interview' },
    purpose: {
      da: 'Begge fagpersoner møder forberedt, og borgeren ved, hvad der skal ske.',
      en: 'Both professionals arrive prepared, and the citizen knows what to expect.',
    },
    parts: ['checklist'],
  },
  {
    id: 'agenda',
    title: { da: 'Dagsorden for samtalen', en: 'The interview agenda' },
    purpose: {
      da: 'Samtalens indhold, punkt for punkt, med tid og ansvar.',
      en: 'The content of the interview, item by item, with time and lead.',
    },
    parts: ['agenda'],
  },
  {
    id: 'roles',
    title: { da: 'Roller og ansvar – hvem gør hvad', en: 'Roles and responsibilities – who does what' },
    purpose: {
      da: 'Vi supplerer hinanden i stedet for at gøre det samme to gange.',
      en: 'We complement each other instead of duplicating.',
    },
    parts: ['roles'],
  },
  {
    id: 'rights',
    title: { da: 'Borgerens rettigheder og inddragelse', en: "The citizen's rights and participation" },
    purpose: { da: 'Borgeren i centrum, og en lovlig praksis.', en: 'The citizen at the centre, and lawful practice.' },
    parts: ['checklist'],
  },
  {
    id: 'after',
    title: { da: 'Efter samtalen', en: 'After the interview' },
    purpose: {
      da: 'Klare aftaler og korrekt dokumentation – i sagssystemerne, ikke her.',
      en: 'Clear agreements and correct records – in the case systems, not here.',
    },
    parts: ['checklist'],
  },
  {
    id: 'special-situations',
    title: { da: 'Særlige situationer – "hvis … så"', en: 'Special situations – "if … then"' },
    purpose: {
      da: 'Aftalte svar på de svære øjeblikke, der går igen.',
      en: 'Agreed responses to recurring awkward moments.',
    },
    parts: ['ifThenCards'],
  },
  {
    id: 'practicalities',
    title: {
      da: 'Praktisk: kontakter, mødesteder og booking',
      en: 'Practicalities: contacts, meeting places and booking',
    },
    purpose: {
      da: 'Hvem vi kontakter, hvor vi mødes, og hvordan vi booker.',
      en: 'Whom we contact, where we meet, and how we book.',
    },
    parts: ['contacts'],
  },
  {
    id: 'goals',
    title: { da: 'Mål og opfølgning på samarbejdet', en: 'Goals and follow-up of the collaboration' },
    purpose: {
      da: 'Gør vi det, vi har aftalt – og virker det?',
      en: 'Are we doing what we agreed – and does it work?',
    },
    parts: [],
  },
  {
    id: 'learning-log',
    title: { da: 'Læring og revision', en: 'Learning log and revision history' },
    purpose: {
      da: 'Sammenhængen mellem aktionslæringen og teksten: hvad ændrede vi, og hvorfor.',
      en: 'The link between the action learning and the text: what we changed, and why.',
    },
    parts: [],
  },
];

/** The section catalogue, in reading order: every playbook has exactly these sections. */
export const SECTIONS: readonly SectionDefinition[] = ENTRIES.map((entry, number) => ({
  ...entry,
  number,
  prompts: SECTION_PROMPTS[entry.id],
}));

/** The catalogue entry of a section. */
export function sectionById(id: SectionId): SectionDefinition {
  const found = SECTIONS.find((section) => section.id === id);
  if (!found) throw new Error(`Unknown section id: ${id}`);
  return found;
}

/** Ids of the sections that carry a checklist; checklist items must point at one of them. */
export const CHECKLIST_SECTION_IDS: readonly SectionId[] = SECTIONS.filter((s) => s.parts.includes('checklist')).map(
  (s) => s.id,
);
