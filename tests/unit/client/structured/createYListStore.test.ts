import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { agendaItems } from '../../../../shared/playbook/agendaItems.js';
import type { AgendaItem } from '../../../../shared/playbook/playbookFileSchema.js';
import { createYListStore } from '../../../../client/structured/createYListStore.js';

const item = (id: string, title: string): AgendaItem => ({
  id,
  title,
  purpose: '',
  lead: 'faelles',
  minutes: null,
  mustCover: false,
  keyQuestions: [],
});

/** Applies every update of `from` to `to` and back, as the server would relay them. */
function connect(a: Y.Doc, b: Y.Doc) {
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, update, 'remote'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, update, 'remote'));
}

test('notifies on local and remote changes to any item, with a new snapshot each time', () => {
  const local = new Y.Doc();
  const remote = new Y.Doc();
  connect(local, remote);
  const store = createYListStore(local, agendaItems);
  let calls = 0;
  const unsubscribe = store.subscribe(() => calls++);

  agendaItems.insert(local, item('a', 'Velkomst'));
  const afterInsert = store.getSnapshot();
  expect(afterInsert.map((entry) => entry.title)).toEqual(['Velkomst']);

  agendaItems.update(remote, 'a', { minutes: 5 });
  expect(store.getSnapshot()).not.toBe(afterInsert);
  expect(store.getSnapshot()[0]?.minutes).toBe(5);

  agendaItems.insert(remote, item('b', 'CV'), 0);
  expect(store.getSnapshot().map((entry) => entry.id)).toEqual(['b', 'a']);
  expect(calls).toBe(3);
  unsubscribe();
});

test('keeps the same snapshot when a change leaves the items as they were', () => {
  const doc = new Y.Doc();
  agendaItems.insert(doc, item('a', 'Velkomst'));
  const store = createYListStore(doc, agendaItems);
  let calls = 0;
  store.subscribe(() => calls++);
  const before = store.getSnapshot();
  agendaItems.update(doc, 'a', { title: 'Velkomst' });
  expect(store.getSnapshot()).toBe(before);
  expect(calls).toBe(0);
});

test('reads fresh state when nobody is subscribed, and stops observing after the last unsubscribe', () => {
  const doc = new Y.Doc();
  const store = createYListStore(doc, agendaItems);
  agendaItems.insert(doc, item('a', 'Velkomst'));
  expect(store.getSnapshot()).toHaveLength(1);
  let calls = 0;
  const unsubscribe = store.subscribe(() => calls++);
  unsubscribe();
  agendaItems.insert(doc, item('b', 'CV'));
  expect(calls).toBe(0);
  expect(store.getSnapshot()).toHaveLength(2);
});

test('two people editing different fields of one item, and moving it, keep both edits', () => {
  const anna = new Y.Doc();
  const bo = new Y.Doc();
  connect(anna, bo);
  agendaItems.insert(anna, item('a', 'Velkomst'));
  agendaItems.insert(anna, item('b', 'CV'));
  const annaStore = createYListStore(anna, agendaItems);
  const boStore = createYListStore(bo, agendaItems);
  annaStore.subscribe(() => {});
  boStore.subscribe(() => {});

  // Concurrent: disconnect by collecting updates, then exchange them.
  const a2 = new Y.Doc();
  const b2 = new Y.Doc();
  Y.applyUpdate(a2, Y.encodeStateAsUpdate(anna));
  Y.applyUpdate(b2, Y.encodeStateAsUpdate(bo));
  agendaItems.update(a2, 'a', { title: 'Velkomst og roller' });
  agendaItems.move(b2, 'a', 1);
  agendaItems.update(b2, 'a', { minutes: 5 });
  Y.applyUpdate(anna, Y.encodeStateAsUpdate(a2));
  Y.applyUpdate(anna, Y.encodeStateAsUpdate(b2));

  for (const store of [annaStore, boStore]) {
    expect(store.getSnapshot().map(({ id, title, minutes }) => ({ id, title, minutes }))).toEqual([
      { id: 'b', title: 'CV', minutes: null },
      { id: 'a', title: 'Velkomst og roller', minutes: 5 },
    ]);
  }
});
