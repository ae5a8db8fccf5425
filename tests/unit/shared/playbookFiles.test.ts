import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPlaybookSchema } from '../../../shared/editor/extensions.js';
import { agendaTotalMinutes } from '../../../shared/playbook/agendaTotalMinutes.js';
import { playbookFileSchema } from '../../../shared/playbook/playbookFileSchema.js';
import { playbookFileToYDoc } from '../../../shared/playbook/playbookFileToYDoc.js';
import { SECTIONS } from '../../../shared/playbook/sections.js';
import { yDocToMarkdown } from '../../../shared/playbook/yDocToMarkdown.js';
import { yDocToPlaybookFile } from '../../../shared/playbook/yDocToPlaybookFile.js';

const root = path.resolve(import.meta.dirname, '../../../playbooks');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.json'))
  .sort();
const load = (name: string): unknown => JSON.parse(readFileSync(path.join(root, name), 'utf8'));

describe('playbook data files', () => {
  it('include the standard template, the island example and at least one variant', () => {
    expect(files).toEqual(expect.arrayContaining(['templates/standard.json', 'examples/klippeoe-kommune.json']));
    expect(files.length).toBeGreaterThanOrEqual(3);
    // ASCII names: they end up in URLs and in every operating system's file listing.
    for (const name of files) expect(name).toMatch(/^[a-z0-9/-]+\.json$/);
  });

  describe.each(files)('%s', (name) => {
    it('validates against the playbook file schema', () => {
      const result = playbookFileSchema.safeParse(load(name));
      expect(result.success ? [] : result.error.issues).toEqual([]);
    });

    it('holds rich text that is valid in the editor schema', () => {
      const schema = getPlaybookSchema();
      const file = playbookFileSchema.parse(load(name));
      for (const section of file.sections) {
        expect(() => schema.nodeFromJSON(section.content).check(), section.id).not.toThrow();
      }
    });

    it('is in canonical form: a round trip through a Y.Doc returns it unchanged', () => {
      const file = playbookFileSchema.parse(load(name));
      expect(yDocToPlaybookFile(playbookFileToYDoc(file))).toEqual(load(name));
    });

    it('exports to Markdown with every section heading', () => {
      const markdown = yDocToMarkdown(playbookFileToYDoc(playbookFileSchema.parse(load(name))));
      for (const section of SECTIONS) expect(markdown).toContain(`## ${section.number}. ${section.title.da}\n`);
    });

    it('rests on the rules in force from 1 July 2026', () => {
      const file = playbookFileSchema.parse(load(name));
      expect(file.meta.ruleBasis.validFrom).toBe('2026-07-01');
      expect(file.meta.ruleBasis.reference).toContain('lov nr. 1750 af 29/12/2025');
    });
  });

  it('offer a blank standard template: no partners, empty sections, prompts shown, time boxes left to the group', () => {
    const file = playbookFileSchema.parse(load('templates/standard.json'));
    expect(file.meta.status).toBe('kladde');
    expect(file.meta.partners).toEqual([]);
    expect(file.contacts).toEqual([]);
    for (const section of file.sections) {
      expect(section.promptsVisible, section.id).toBe(true);
      expect(section.content, section.id).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    }
    expect(file.agenda.length).toBeGreaterThan(0);
    expect(file.agenda.every((item) => item.minutes === null)).toBe(true);
    expect(file.ifThenCards.every((card) => card.response === '')).toBe(true);
  });

  it('give a complete island example: one municipality, five a-kasser, every section written', () => {
    const file = playbookFileSchema.parse(load('examples/klippeoe-kommune.json'));
    const kinds = file.meta.partners.map((partner) => partner.kind);
    expect(kinds.filter((kind) => kind === 'kommune')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'akasse')).toHaveLength(5);
    expect(file.meta.status).toBe('godkendt');
    for (const section of file.sections) {
      expect(JSON.stringify(section.content).length, section.id).toBeGreaterThan(200);
    }
    expect(agendaTotalMinutes(file.agenda)).toBe(50);
    expect(file.agenda.every((item) => item.minutes !== null)).toBe(true);
    expect(file.ifThenCards.every((card) => card.response.length > 0)).toBe(true);
    const partnersWithContact = new Set(file.contacts.map((contact) => contact.partnerId));
    for (const partner of file.meta.partners) expect(partnersWithContact.has(partner.id), partner.id).toBe(true);
    expect(JSON.stringify(file)).toMatch(/sæson/);
  });
});
