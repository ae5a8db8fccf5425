import { describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../../../shared/playbook/sectionIds.js';
import { CHECKLIST_SECTION_IDS, SECTIONS, sectionById } from '../../../shared/playbook/sections.js';

describe('section catalogue', () => {
  it('lists every section id once, in reading order, numbered 0–12', () => {
    expect(SECTIONS.map((section) => section.id)).toEqual([...SECTION_IDS]);
    expect(SECTIONS.map((section) => section.number)).toEqual(SECTION_IDS.map((_, index) => index));
  });

  it('gives every section Danish and English titles, a purpose and prompts in both languages', () => {
    for (const section of SECTIONS) {
      expect(section.title.da, section.id).not.toBe('');
      expect(section.title.en, section.id).not.toBe('');
      expect(section.purpose.da, section.id).not.toBe('');
      expect(section.purpose.en, section.id).not.toBe('');
      expect(section.prompts.da.length, section.id).toBeGreaterThanOrEqual(2);
      expect(section.prompts.en.length, section.id).toBe(section.prompts.da.length);
      for (const prompt of section.prompts.da) expect(prompt, section.id).toMatch(/\?$/);
    }
  });

  it('uses the Danish titles of the domain brief', () => {
    expect(sectionById('agenda').title.da).toBe('Dagsorden for samtalen');
    expect(sectionById('special-situations').title.da).toContain('hvis … så');
  });

  it('puts each structured part where the brief names it', () => {
    expect(sectionById('agenda').parts).toContain('agenda');
    expect(sectionById('roles').parts).toContain('roles');
    expect(sectionById('special-situations').parts).toContain('ifThenCards');
    expect(sectionById('practicalities').parts).toContain('contacts');
    expect(CHECKLIST_SECTION_IDS).toEqual(['before', 'rights', 'after']);
  });
});
