import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { countWords, fragmentText } from '../../../../shared/playbook/fragmentText.js';
import { playbookFillStates, sectionFillState } from '../../../../shared/playbook/sectionFillState.js';
import { agendaItems } from '../../../../shared/playbook/agendaItems.js';
import { playbookFileSchema } from '../../../../shared/playbook/playbookFileSchema.js';
import { playbookFileToYDoc } from '../../../../shared/playbook/playbookFileToYDoc.js';
import { sectionFragment } from '../../../../shared/playbook/sectionFragment.js';

const PLAYBOOKS = path.resolve(import.meta.dirname, '../../../../playbooks');
const load = (file: string) =>
  playbookFileToYDoc(playbookFileSchema.parse(JSON.parse(fs.readFileSync(path.join(PLAYBOOKS, file), 'utf8'))));

function write(doc: Y.Doc, sectionId: 'goals' | 'purpose', ...paragraphs: string[]): void {
  const fragment = sectionFragment(doc, sectionId);
  doc.transact(() => {
    fragment.delete(0, fragment.length);
    fragment.insert(
      0,
      paragraphs.map((text) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(text)]);
        return paragraph;
      }),
    );
  });
}

test('counts words the way people do: hyphenated and apostrophed words once, punctuation never', () => {
  expect(countWords('')).toBe(0);
  expect(countWords(' – … ')).toBe(0);
  expect(countWords("A-kassen tager CV'et med – og Min Plan.")).toBe(7);
  expect(countWords('Klippeø 2026: 5 a-kasser')).toBe(4);
});

test('reads the text of a section fragment block by block', () => {
  const doc = new Y.Doc();
  write(doc, 'purpose', 'Første afsnit.', 'Andet afsnit.');
  expect(fragmentText(sectionFragment(doc, 'purpose'))).toBe('Første afsnit.\nAndet afsnit.\n');
});

test('a blank section is empty, a few words start it, forty words fill it', () => {
  const doc = new Y.Doc();
  expect(sectionFillState(doc, 'goals')).toBe('empty');
  write(doc, 'goals', 'Vi mødes hvert halve år.');
  expect(sectionFillState(doc, 'goals')).toBe('started');
  write(doc, 'goals', Array.from({ length: 40 }, (_, i) => `ord${i}`).join(' '));
  expect(sectionFillState(doc, 'goals')).toBe('filled');
});

test('structured parts count: template items start a section, a complete agenda fills it', () => {
  const doc = load('templates/standard.json');
  const states = playbookFillStates(doc);
  expect(states.goals).toBe('empty');
  expect(states.agenda).toBe('started'); // nine items, no time boxes yet
  expect(states.before).toBe('started'); // a checklist never fills a section on its own
  expect(states['special-situations']).toBe('started'); // "hvis" cards without "så"
  for (const item of agendaItems.read(doc)) agendaItems.update(doc, item.id, { minutes: 5 });
  expect(sectionFillState(doc, 'agenda')).toBe('filled');
});

test('the complete example playbook is filled in every section', () => {
  const states = playbookFillStates(load('examples/klippeoe-kommune.json'));
  expect(Object.values(states).every((state) => state === 'filled')).toBe(true);
});
