import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agendaItems } from '../../../shared/playbook/agendaItems.js';
import { layout } from '../../../shared/playbook/layout.js';
import type { AgendaItem } from '../../../shared/playbook/playbookFileSchema.js';
import { roleRows } from '../../../shared/playbook/roleRows.js';

function item(id: string, minutes: number | null = 5): AgendaItem {
  return { id, title: id, purpose: '', lead: 'faelles', minutes, mustCover: false, keyQuestions: [] };
}

// Two replicas that exchange every update at once, like two connected browsers.
function connectedPair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update, 'remote'));
  b.on('update', (update: Uint8Array) => Y.applyUpdate(a, update, 'remote'));
  return [a, b];
}

const ids = (doc: Y.Doc) => agendaItems.read(doc).map((entry) => entry.id);

describe('ordered list accessors', () => {
  it('insert at the end by default and at a given index', () => {
    const doc = new Y.Doc();
    agendaItems.insert(doc, item('a'));
    agendaItems.insert(doc, item('c'));
    agendaItems.insert(doc, item('b'), 1);
    agendaItems.insert(doc, item('start'), 0);
    expect(ids(doc)).toEqual(['start', 'a', 'b', 'c']);
  });

  it('update fields and report unknown ids', () => {
    const doc = new Y.Doc();
    agendaItems.insert(doc, item('a'));
    expect(agendaItems.update(doc, 'a', { title: 'Velkomst', minutes: 3, keyQuestions: ['Hvad nu?'] })).toBe(true);
    expect(agendaItems.update(doc, 'x', { title: 'nej' })).toBe(false);
    expect(agendaItems.read(doc)).toEqual([
      { ...item('a'), title: 'Velkomst', minutes: 3, keyQuestions: ['Hvad nu?'] },
    ]);
  });

  it('move an item without re-creating it', () => {
    const doc = new Y.Doc();
    ['a', 'b', 'c', 'd'].forEach((id) => agendaItems.insert(doc, item(id)));
    const before = agendaItems.array(doc).get(3);
    expect(agendaItems.move(doc, 'd', 0)).toBe(true);
    expect(ids(doc)).toEqual(['d', 'a', 'b', 'c']);
    agendaItems.move(doc, 'd', 2);
    expect(ids(doc)).toEqual(['a', 'b', 'd', 'c']);
    agendaItems.move(doc, 'a', 99);
    expect(ids(doc)).toEqual(['b', 'd', 'c', 'a']);
    expect(agendaItems.array(doc).get(3)).toBe(before);
    expect(agendaItems.move(doc, 'x', 0)).toBe(false);
  });

  it('keep working after many moves into the same gap (renumbering)', () => {
    const doc = new Y.Doc();
    ['a', 'b', 'c'].forEach((id) => agendaItems.insert(doc, item(id)));
    for (let round = 0; round < 80; round += 1) {
      agendaItems.move(doc, round % 2 === 0 ? 'c' : 'b', 1);
    }
    expect(ids(doc)).toEqual(['a', 'b', 'c']);
  });

  it('remove items', () => {
    const doc = new Y.Doc();
    ['a', 'b'].forEach((id) => agendaItems.insert(doc, item(id)));
    expect(agendaItems.remove(doc, 'a')).toBe(true);
    expect(agendaItems.remove(doc, 'a')).toBe(false);
    expect(ids(doc)).toEqual(['b']);
  });

  it('keep a concurrent edit of an item that another replica moves', () => {
    const [a, b] = connectedPair();
    ['x', 'y', 'z'].forEach((id) => agendaItems.insert(a, item(id)));
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(b));
    agendaItems.move(a, 'z', 0);
    agendaItems.update(offline, 'z', { title: 'Aftaler og næste skridt' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(offline));
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b, offline]) {
      expect(ids(doc)).toEqual(['z', 'x', 'y']);
      expect(agendaItems.read(doc)[0]!.title).toBe('Aftaler og næste skridt');
    }
  });

  it('order concurrent inserts at the same place the same way on every replica', () => {
    const left = new Y.Doc();
    const right = new Y.Doc();
    agendaItems.insert(left, item('l'));
    agendaItems.insert(right, item('r'));
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    expect(ids(left)).toEqual(ids(right));
  });

  it('read invalid fields as defaults and skip entries without an id', () => {
    const doc = new Y.Doc();
    roleRows.insert(doc, { id: 'r1', task: 'CV', jobcenter: 'leder', akasse: 'bidrager', borger: null });
    const map = roleRows.array(doc).get(0);
    map.set('akasse', 'chef');
    map.set('task', 42);
    const stray = new Y.Map<unknown>();
    stray.set('task', 'uden id');
    doc.getArray(layout.roles).push([stray]);
    expect(roleRows.read(doc)).toEqual([{ id: 'r1', task: '', jobcenter: 'leder', akasse: null, borger: null }]);
  });

  it('tag writes with the caller’s transaction origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    agendaItems.insert(doc, item('a'), undefined, 'seed');
    agendaItems.update(doc, 'a', { minutes: 7 }, 'user');
    expect(origins).toEqual(['seed', 'user']);
  });
});
