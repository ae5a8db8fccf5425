import { describe, expect, it } from 'vitest';
import { playbookFileToYDoc } from '../../../shared/playbook/playbookFileToYDoc.js';
import { promptsVisibility } from '../../../shared/playbook/promptsVisibility.js';
import { richTextToMarkdown } from '../../../shared/playbook/richTextToMarkdown.js';
import { SECTIONS } from '../../../shared/playbook/sections.js';
import { yDocToMarkdown } from '../../../shared/playbook/yDocToMarkdown.js';
import { paragraph, playbookFixture } from './playbookFixture.js';

describe('Y.Doc → Markdown', () => {
  const markdown = yDocToMarkdown(playbookFileToYDoc(playbookFixture()));

  it('has the title and every section heading in Danish, in order', () => {
    expect(markdown.startsWith('# Testdrejebog\n')).toBe(true);
    let last = -1;
    for (const section of SECTIONS) {
      const at = markdown.indexOf(`\n## ${section.number}. ${section.title.da}\n`);
      expect(at, section.id).toBeGreaterThan(last);
      last = at;
    }
  });

  it('states status, rule basis with its start date, partners and review date', () => {
    expect(markdown).toContain('- **Status:** Til høring, version 0.3');
    expect(markdown).toContain(
      '- **Regelgrundlag:** Reform 2025, fase 1, lov nr. 1750 af 29/12/2025 (gælder fra 1. juli 2026)',
    );
    expect(markdown).toContain('Første A-kasse, afd. Havneby (a-kasse)');
    expect(markdown).toContain('- **Næste revision:** 15. januar 2027');
  });

  it('renders rich text below the section level', () => {
    expect(markdown).toContain('### Sådan gør vi');
    expect(markdown).toContain('Vi taler med **én stemme**, se [*STAR*](https://star.dk).');
    expect(markdown).toContain('- Borgeren i centrum\n- Fælles sprog');
    expect(markdown).toContain('1. Først');
    expect(markdown).toContain('> Et citat');
  });

  it('renders the agenda with leads, time boxes and the total', () => {
    expect(markdown).toContain('| 1 | Velkomst | Jobcenter | 5 min. | Ja |');
    expect(markdown).toContain('| 3 | Aftaler | Fælles | – | Ja |');
    expect(markdown).toContain('**Samlet tid:** 15 minutter (1 punkt uden tid)');
    expect(markdown).toContain('- Hvad vil du gerne tale om?');
  });

  it('says so when no time box is decided yet instead of claiming zero minutes', () => {
    const file = playbookFixture();
    for (const item of file.agenda) item.minutes = null;
    expect(yDocToMarkdown(playbookFileToYDoc(file))).toContain('**Samlet tid:** ikke fastlagt endnu');
  });

  it('renders the roles matrix, checklists, "hvis … så" cards and contacts', () => {
    expect(markdown).toContain('| Opgave | Jobcenter | A-kasse | Borger |');
    expect(markdown).toContain('| Rådighed | Informeres | Leder | – |');
    expect(markdown).toContain('**Jobcentret**\n\n- [ ] Læs CV’et på Jobnet *(Jobcenter)*');
    expect(markdown).toContain('- **Hvis** borgeren ikke møder op **så** ringer vi *(Hvem: Jobcenter)*');
    expect(markdown).toContain('| Testø Kommune, Jobcenter | Visitationen | 11 22 33 44 | job@example.dk |  |');
  });

  it('leaves prompts out of the reader view and shows visible ones in the facilitator view', () => {
    expect(markdown).not.toContain('Spørgsmål til drøftelse');
    const doc = playbookFileToYDoc(playbookFixture());
    promptsVisibility.set(doc, 'roles', false);
    const facilitator = yDocToMarkdown(doc, { includePrompts: true });
    expect(facilitator).toContain('> - Hvad skal borgeren have ud af hvert punkt?');
    expect(facilitator).not.toContain('Hvem åbner og hvem lukker samtalen?');
    // The fixture hides the prompts of "goals".
    expect(facilitator).not.toContain('Hvordan ved vi om et halvt år, at det virker?');
  });
});

describe('richTextToMarkdown', () => {
  it('escapes text that Markdown would read as formatting', () => {
    const doc = {
      type: 'doc',
      content: [paragraph('# ikke en overskrift *og* [ikke] et link'), paragraph('1. ikke en liste')],
    };
    expect(richTextToMarkdown(doc)).toBe('\\# ikke en overskrift \\*og\\* \\[ikke\\] et link\n\n1\\. ikke en liste');
  });

  it('indents nested lists under their item', () => {
    const nested = {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                paragraph('Ydre'),
                { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Indre')] }] },
              ],
            },
          ],
        },
      ],
    };
    expect(richTextToMarkdown(nested)).toBe('- Ydre\n\n  - Indre');
  });
});

describe('richTextToMarkdown headings', () => {
  const heading = (level: number, text: string) => ({
    type: 'heading',
    attrs: { level },
    content: [{ type: 'text', text }],
  });

  it('moves the highest heading to the requested level and keeps the distance of the others', () => {
    const doc = { type: 'doc', content: [heading(1, 'Top'), heading(2, 'Under'), heading(4, 'Dybt')] };
    expect(richTextToMarkdown(doc, 3)).toBe('### Top\n\n#### Under\n\n###### Dybt');
  });

  it('never goes below level 6', () => {
    const doc = { type: 'doc', content: [heading(1, 'Top'), heading(6, 'Bund')] };
    expect(richTextToMarkdown(doc, 3)).toBe('### Top\n\n###### Bund');
  });
});
