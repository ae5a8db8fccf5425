import { describe, expect, it } from 'vitest';
import { playbookFileSchema } from '../../../shared/playbook/playbookFileSchema.js';
import { paragraph, playbookFixture } from './playbookFixture.js';

function issues(value: unknown) {
  const result = playbookFileSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('playbookFileSchema', () => {
  it('accepts a complete playbook', () => {
    expect(issues(playbookFixture())).toEqual([]);
  });

  it('refuses a CPR number in rich text, at the path of the text node', () => {
    const file = playbookFixture();
    file.sections[4]!.content = { type: 'doc', content: [paragraph('Borgeren 610190-1234 mødte ikke op')] };
    const found = issues(file);
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toBe('sections.4.content.content.0.content.0.text');
    expect(found[0]!.message).toMatch(/CPR/);
  });

  it('refuses a CPR number in structured fields and metadata', () => {
    const file = playbookFixture();
    file.agenda[0]!.keyQuestions.push('Er 6101901234 dit nummer?');
    file.meta.title = 'Drejebog 610190-1234';
    expect(issues(file).map((issue) => issue.path)).toEqual(['meta.title', 'agenda.0.keyQuestions.1']);
  });

  it('requires every section exactly once', () => {
    const missing = playbookFixture();
    missing.sections = missing.sections.filter((section) => section.id !== 'roles');
    expect(issues(missing)).toEqual([{ path: 'sections', message: 'Section "roles" is missing' }]);

    const twice = playbookFixture();
    twice.sections.push(structuredClone(twice.sections[0]!));
    expect(issues(twice)).toEqual([{ path: 'sections.13.id', message: 'Section "cover" appears twice' }]);
  });

  it('refuses duplicate ids, dangling partner references and checklists in the wrong section', () => {
    const file = playbookFixture();
    file.agenda[1]!.id = 'velkomst';
    file.contacts[0]!.partnerId = 'ukendt';
    file.checklistItems[0]!.sectionId = 'agenda';
    expect(issues(file).map((issue) => issue.path)).toEqual([
      'agenda.1.id',
      'contacts.0.partnerId',
      'checklistItems.0.sectionId',
    ]);
  });

  it('refuses rich text that the editor schema does not allow', () => {
    const unknownNode = playbookFixture();
    unknownNode.sections[0]!.content = { type: 'doc', content: [{ type: 'table' }] };
    expect(issues(unknownNode)[0]!.message).toMatch(/editor schema/);

    const badNesting = playbookFixture();
    badNesting.sections[0]!.content = { type: 'doc', content: [{ type: 'listItem', content: [paragraph('x')] }] };
    expect(issues(badNesting)[0]!.message).toMatch(/editor schema/);

    const notDoc = playbookFixture();
    notDoc.sections[0]!.content = paragraph('x');
    expect(issues(notDoc)[0]!.message).toMatch(/"doc"/);
  });

  it('refuses another schema version, unknown codes and unknown fields', () => {
    expect(issues({ ...playbookFixture(), schemaVersion: 2 })[0]!.path).toBe('schemaVersion');
    const file = playbookFixture();
    (file.agenda[0] as { lead: string }).lead = 'kommunen';
    (file.meta as Record<string, unknown>).owner = 'x';
    expect(issues(file).map((issue) => issue.path)).toEqual(['meta', 'agenda.0.lead']);
  });

  it('refuses an agenda time box that is not a whole number of minutes', () => {
    const file = playbookFixture();
    file.agenda[0]!.minutes = 2.5;
    expect(issues(file)[0]!.path).toBe('agenda.0.minutes');
  });
});
