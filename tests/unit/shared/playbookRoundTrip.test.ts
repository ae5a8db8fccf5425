import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AlreadySeededError, playbookFileToYDoc } from '../../../shared/playbook/playbookFileToYDoc.js';
import { playbookFileSchema } from '../../../shared/playbook/playbookFileSchema.js';
import { readSchemaVersion } from '../../../shared/playbook/readSchemaVersion.js';
import { SCHEMA_VERSION } from '../../../shared/playbook/schemaVersion.js';
import { SECTION_IDS } from '../../../shared/playbook/sectionIds.js';
import { yDocToPlaybookFile } from '../../../shared/playbook/yDocToPlaybookFile.js';
import { playbookFixture } from './playbookFixture.js';

describe('JSON ⇄ Y.Doc', () => {
  it('returns the same JSON after a round trip through a Y.Doc', () => {
    const file = playbookFileSchema.parse(playbookFixture());
    expect(yDocToPlaybookFile(playbookFileToYDoc(file))).toEqual(file);
  });

  it('returns the same JSON from a replica that only received the encoded updates', () => {
    const file = playbookFileSchema.parse(playbookFixture());
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(playbookFileToYDoc(file)));
    expect(yDocToPlaybookFile(replica)).toEqual(file);
  });

  it('keeps list order from the file, not from insertion into the Y.Array', () => {
    const file = playbookFixture();
    file.agenda.reverse();
    const back = yDocToPlaybookFile(playbookFileToYDoc(file));
    expect(back.agenda.map((item) => item.id)).toEqual(['aftaler', 'cv', 'velkomst']);
  });

  it('writes each section to its own named fragment and nothing to tiptap’s default fragments', () => {
    const doc = playbookFileToYDoc(playbookFixture());
    for (const id of SECTION_IDS) expect(doc.share.has(`section:${id}`), id).toBe(true);
    expect(doc.share.has('prosemirror')).toBe(false);
    expect(doc.share.has('default')).toBe(false);
    expect(doc.getXmlFragment('section:purpose').toJSON()).toContain('én stemme');
  });

  it('seeds in one transaction with the given origin and records the schema version', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    playbookFileToYDoc(playbookFixture(), doc, 'seed');
    expect(origins).toEqual(['seed']);
    expect(readSchemaVersion(doc)).toBe(SCHEMA_VERSION);
  });

  it('refuses to seed a document twice', () => {
    const doc = playbookFileToYDoc(playbookFixture());
    expect(() => playbookFileToYDoc(playbookFixture(), doc)).toThrow(AlreadySeededError);
  });

  it('exports an unseeded document as a playbook with every section, which the schema accepts once titled', () => {
    const file = yDocToPlaybookFile(new Y.Doc());
    expect(file.sections.map((section) => section.id)).toEqual([...SECTION_IDS]);
    expect(file.sections[0]!.content).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    file.meta.title = 'Ny drejebog';
    file.meta.ruleBasis.validFrom = '2026-07-01';
    expect(playbookFileSchema.safeParse(file).success).toBe(true);
  });

  it('keeps text typed into a fragment after seeding', () => {
    const doc = playbookFileToYDoc(playbookFixture());
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Tilføjet bagefter')]);
    doc.getXmlFragment('section:goals').push([paragraph]);
    const goals = yDocToPlaybookFile(doc).sections.find((section) => section.id === 'goals');
    expect(JSON.stringify(goals?.content)).toContain('Tilføjet bagefter');
  });
});
