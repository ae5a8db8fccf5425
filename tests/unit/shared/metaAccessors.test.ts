import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { playbookMeta } from '../../../shared/playbook/playbookMeta.js';
import { promptsVisibility } from '../../../shared/playbook/promptsVisibility.js';
import { ruleBasis } from '../../../shared/playbook/ruleBasis.js';
import { sectionFieldName } from '../../../shared/playbook/layout.js';
import { sectionFragment } from '../../../shared/playbook/sectionFragment.js';
import { SECTION_IDS } from '../../../shared/playbook/sectionIds.js';

describe('metadata accessors', () => {
  it('read defaults from an empty document', () => {
    const doc = new Y.Doc();
    expect(playbookMeta.read(doc)).toMatchObject({ title: '', status: 'kladde', approvedOn: null, nextReviewOn: null });
    expect(ruleBasis.read(doc)).toEqual({ name: '', reference: '', validFrom: '1970-01-01', validTo: null });
  });

  it('set only the given fields and keep the rest', () => {
    const doc = new Y.Doc();
    playbookMeta.set(doc, { title: 'Drejebog', status: 'godkendt' });
    playbookMeta.set(doc, { nextReviewOn: '2027-01-01' });
    expect(playbookMeta.read(doc)).toMatchObject({ title: 'Drejebog', status: 'godkendt', nextReviewOn: '2027-01-01' });
    ruleBasis.set(doc, { validFrom: '2026-07-01' });
    expect(ruleBasis.read(doc).validFrom).toBe('2026-07-01');
  });

  it('read an invalid status or date as the default', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('status', 'Godkendt');
    doc.getMap('meta').set('nextReviewOn', '1. juli');
    expect(playbookMeta.read(doc)).toMatchObject({ status: 'kladde', nextReviewOn: null });
  });

  it('merge two people editing different fields at the same time', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    playbookMeta.set(a, { title: 'Ny titel' });
    playbookMeta.set(b, { status: 'til-hoering' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(playbookMeta.read(a)).toMatchObject({ title: 'Ny titel', status: 'til-hoering' });
  });
});

describe('prompt visibility', () => {
  it('shows prompts until someone hides them', () => {
    const doc = new Y.Doc();
    expect(promptsVisibility.get(doc, 'agenda')).toBe(true);
    promptsVisibility.set(doc, 'agenda', false);
    expect(promptsVisibility.get(doc, 'agenda')).toBe(false);
    expect(promptsVisibility.get(doc, 'roles')).toBe(true);
  });

  it('hides every section’s prompts in one transaction', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => (transactions += 1));
    promptsVisibility.setAll(doc, false);
    expect(transactions).toBe(1);
    expect(SECTION_IDS.every((id) => !promptsVisibility.get(doc, id))).toBe(true);
  });
});

describe('section fragments', () => {
  it('live under the field name the Collaboration extension is given', () => {
    const doc = new Y.Doc();
    expect(sectionFieldName('special-situations')).toBe('section:special-situations');
    expect(sectionFragment(doc, 'agenda')).toBe(doc.getXmlFragment('section:agenda'));
  });
});
