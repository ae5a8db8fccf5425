import { describe, expect, it } from 'vitest';
import { playbookFileSchema } from '../../../../shared/playbook/playbookFileSchema.js';
import { markdownToPlaybookFile } from '../../../../server/import/markdownToPlaybookFile.js';

const RULES = { name: 'Regler', reference: 'lov', validFrom: '2026-07-01', validTo: null };

describe('markdownToPlaybookFile', () => {
  it('reads checklists, cards and roles back into their lists', () => {
    const markdown = [
      '# Titel',
      '## 4. Før samtalen',
      '**Jobcentret forbereder**',
      '- [ ] Læs CV *(Jobcenter)*\n- [ ] Book lokale',
      '## 6. Roller og ansvar – hvem gør hvad',
      '| Opgave | Jobcenter | A-kasse | Borger |\n| --- | --- | --- | --- |\n| Rådighed | – | Leder | Informeres |',
      '## 9. Særlige situationer – "hvis … så"',
      '- **Hvis** borgeren er syg **så** flyt samtalen *(Hvem: Fælles. Regel: § 1)*',
    ].join('\n\n');
    const { file, title } = markdownToPlaybookFile(markdown, RULES);
    expect(title).toBe('Titel');
    expect(playbookFileSchema.safeParse({ ...file, meta: { ...file.meta, title: 'Titel' } }).success).toBe(true);
    expect(file.checklistItems.map(({ sectionId, group, text, who }) => ({ sectionId, group, text, who }))).toEqual([
      { sectionId: 'before', group: 'Jobcentret forbereder', text: 'Læs CV', who: 'jobcenter' },
      { sectionId: 'before', group: 'Jobcentret forbereder', text: 'Book lokale', who: null },
    ]);
    expect(file.roles).toEqual([
      expect.objectContaining({ task: 'Rådighed', jobcenter: null, akasse: 'leder', borger: 'informeres' }),
    ]);
    expect(file.ifThenCards).toEqual([
      expect.objectContaining({
        trigger: 'borgeren er syg',
        response: 'flyt samtalen',
        who: 'faelles',
        ruleNote: '§ 1',
      }),
    ]);
    expect(file.meta.ruleBasis).toEqual(RULES);
  });

  it('keeps raw HTML as literal text and drops script links', () => {
    const { file } = markdownToPlaybookFile(
      '## Formål og fælles ståsted\n\n<script>alert(1)</script>\n\nSe [her](javascript:alert(1)) og <b>fed</b>',
      RULES,
    );
    const purpose = JSON.stringify(file.sections.find((section) => section.id === 'purpose')?.content);
    expect(purpose).toContain('<script>alert(1)</script>');
    expect(purpose).not.toContain('javascript:');
    expect(purpose).not.toContain('"link"');
  });
});
