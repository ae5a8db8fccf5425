import type { PlaybookFile } from '../../../shared/playbook/playbookFileSchema.js';
import type { RichTextDoc } from '../../../shared/playbook/richTextDocSchema.js';
import { SECTION_IDS } from '../../../shared/playbook/sectionIds.js';

/** A paragraph of plain text in tiptap JSON. */
export function paragraph(text: string): RichTextDoc {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

/**
 * A small playbook that uses every structured part and most rich-text features, written in the canonical
 * form tiptap produces (all attributes present, marks in schema order), so a round trip must return it
 * unchanged. Each call returns a fresh copy that tests may change.
 */
export function playbookFixture(): PlaybookFile {
  const rich: RichTextDoc = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Sådan gør vi' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Vi taler med ' },
          { type: 'text', marks: [{ type: 'bold' }], text: 'én stemme' },
          { type: 'text', text: ', se ' },
          {
            type: 'text',
            marks: [
              {
                type: 'link',
                attrs: {
                  href: 'https://star.dk',
                  target: '_blank',
                  rel: 'noopener noreferrer nofollow',
                  class: null,
                  title: null,
                },
              },
              { type: 'italic' },
            ],
            text: 'STAR',
          },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph('Borgeren i centrum')] },
          { type: 'listItem', content: [paragraph('Fælles sprog')] },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 1, type: null },
        content: [{ type: 'listItem', content: [paragraph('Først')] }],
      },
      { type: 'blockquote', content: [paragraph('Et citat')] },
    ],
  };
  return {
    schemaVersion: 1,
    meta: {
      title: 'Testdrejebog',
      status: 'til-hoering',
      version: '0.3',
      area: 'Testø',
      region: 'Hovedstaden',
      organiser: 'Egen proceskonsulent',
      approvedBy: '',
      approvedOn: null,
      nextReviewOn: '2027-01-15',
      ruleBasis: {
        name: 'Reform 2025, fase 1',
        reference: 'lov nr. 1750 af 29/12/2025',
        validFrom: '2026-07-01',
        validTo: null,
      },
      partners: [
        { id: 'kommune', kind: 'kommune', name: 'Testø Kommune, Jobcenter', branch: '' },
        { id: 'ak-1', kind: 'akasse', name: 'Første A-kasse', branch: 'afd. Havneby' },
      ],
    },
    sections: SECTION_IDS.map((id) => ({
      id,
      promptsVisible: id !== 'goals',
      content: id === 'purpose' ? structuredClone(rich) : { type: 'doc', content: [paragraph(`Tekst i ${id}`)] },
    })),
    agenda: [
      {
        id: 'velkomst',
        title: 'Velkomst',
        purpose: 'Rammer',
        lead: 'jobcenter',
        minutes: 5,
        mustCover: true,
        keyQuestions: ['Hvad vil du gerne tale om?'],
      },
      { id: 'cv', title: 'CV', purpose: '', lead: 'akasse', minutes: 10, mustCover: false, keyQuestions: [] },
      {
        id: 'aftaler',
        title: 'Aftaler',
        purpose: '',
        lead: 'faelles',
        minutes: null,
        mustCover: true,
        keyQuestions: [],
      },
    ],
    roles: [
      { id: 'raadighed', task: 'Rådighed', jobcenter: 'informeres', akasse: 'leder', borger: null },
      { id: 'tilbud', task: 'Tilbud', jobcenter: 'leder', akasse: 'bidrager', borger: 'bidrager' },
    ],
    checklistItems: [
      { id: 'cv-tjek', sectionId: 'before', group: 'Jobcentret', text: 'Læs CV’et på Jobnet', who: 'jobcenter' },
      { id: 'bisidder', sectionId: 'rights', group: '', text: 'Borgeren må have en bisidder med', who: null },
    ],
    ifThenCards: [
      { id: 'udeblivelse', trigger: 'borgeren ikke møder op', response: 'ringer vi', who: 'jobcenter', ruleNote: '' },
    ],
    contacts: [
      {
        id: 'visitation',
        partnerId: 'kommune',
        role: 'Visitationen',
        phone: '11 22 33 44',
        email: 'job@example.dk',
        note: '',
      },
    ],
  };
}
