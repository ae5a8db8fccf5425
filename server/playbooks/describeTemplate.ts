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
