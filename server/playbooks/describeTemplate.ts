import type { PlaybookFile } from '../../shared/playbook/playbookFileSchema.js';

// Hand-written, because what a variant is for cannot be read off its content. Keyed by file name.
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  standard:
    'Den tomme standarddrejebog: alle afsnit med spørgsmål til drøftelse, en dagsorden på ni punkter uden ' +
    'tidsrammer, rollefordeling, tjeklister og ti "hvis … så"-situationer, som I udfylder sammen.',
  '16-maaneders-samtale':
    'Til samtalen om en intensiveret indsats senest ved 16 måneders ledighed: tilbageblik på det, der er ' +
    'prøvet, dagpengene og tiden fremover, bredere jobsøgning og tilbud.',
  'video-samtale':
    'Til fællessamtalen på video: dagsordenen begynder med et teknik-tjek, og tjeklisterne dækker ' +
    'videolinket, kamera og mikrofon og en plan, hvis forbindelsen forsvinder.',
  'klippeoe-kommune':
    'Et færdigt eksempel fra den fiktive ø-kommune Klippeø med fem a-kasser og mange sæsonarbejdere. ' +
    'Brug det som inspiration: kopien begynder som kladde.',
};

// The same in English, with the title, for the English interface (the templates' content stays Danish).
const ENGLISH: Readonly<Record<string, { title: string; description: string }>> = {
  standard: {
    title: 'Playbook for the joint interview',
    description:
      'The blank standard playbook: every section with questions for discussion, a nine-item agenda without ' +
      'time boxes, roles, checklists and ten "if … then" situations for you to fill in together.',
  },
  '16-maaneders-samtale': {
    title: 'Playbook for the joint interview on an intensified effort (16 months)',
    description:
      'For the interview about an intensified effort at 16 months of unemployment at the latest: looking back ' +
      'at what was tried, the benefit period ahead, a broader job search and offers.',
  },
  'video-samtale': {
    title: 'Playbook for the joint interview by video',
    description:
      'For the joint interview by video: the agenda starts with a technical check, and the checklists cover ' +
      'the video link, camera and microphone, and a plan for when the connection drops.',
  },
  'klippeoe-kommune': {
    title: 'Playbook for the joint interview on Klippeø',
    description:
      'A finished example from the fictional island municipality of Klippeø with five a-kasser and many ' +
      'seasonal workers. Use it for inspiration: the copy starts as a draft.',
  },
};

/** The English title and description of a template, or null where none was written. */
export function describeTemplateInEnglish(id: string): { title: string; description: string } | null {
  return ENGLISH[id] ?? null;
}

/**
 * The short Danish description shown when choosing what a new playbook starts from. Files without a
 * written description get one derived from their content, so adding a data file never breaks start-up.
 */
export function describeTemplate(id: string, kind: 'template' | 'example', file: PlaybookFile): string {
  const written = DESCRIPTIONS[id];
  if (written !== undefined) return written;
  const what = kind === 'example' ? 'Eksempel' : 'Skabelon';
  const area = file.meta.area ? ` for ${file.meta.area}` : '';
  return (
    `${what}${area} med ${file.agenda.length} dagsordenspunkter, ${file.roles.length} opgaver i ` +
    `rollefordelingen og ${file.ifThenCards.length} "hvis … så"-situationer.`
  );
}
