import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agendaItems } from '../../../shared/playbook/agendaItems.js';
import { agendaTotalMinutes } from '../../../shared/playbook/agendaTotalMinutes.js';

describe('agendaTotalMinutes', () => {
  it('adds the time boxes and counts undecided ones as zero', () => {
    expect(agendaTotalMinutes([{ minutes: 5 }, { minutes: null }, { minutes: 12 }])).toBe(17);
    expect(agendaTotalMinutes([])).toBe(0);
  });

  it('follows edits made through the accessor, including another replica’s', () => {
    const doc = new Y.Doc();
    const base = { purpose: '', lead: 'faelles', mustCover: false, keyQuestions: [] } as const;
    agendaItems.insert(doc, { ...base, id: 'a', title: 'A', minutes: 10, keyQuestions: [] });
    agendaItems.insert(doc, { ...base, id: 'b', title: 'B', minutes: 5, keyQuestions: [] });
    expect(agendaTotalMinutes(agendaItems.read(doc))).toBe(15);

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    agendaItems.update(other, 'b', { minutes: 20 });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(agendaTotalMinutes(agendaItems.read(doc))).toBe(30);

    agendaItems.remove(doc, 'a');
    expect(agendaTotalMinutes(agendaItems.read(doc))).toBe(20);
  });
});
