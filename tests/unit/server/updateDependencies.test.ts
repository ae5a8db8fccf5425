import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findMissingDependency } from '../../../server/collab/updateDependencies.js';
import { cyclicReferenceUpdate } from '../../helpers/craftedUpdates.js';

/** Records each update a doc emits, so a test can hand a server-side doc any subset of them. */
function recordingDoc(): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return { doc, updates };
}

describe('findMissingDependency', () => {
  it('accepts updates whose dependencies are all present', () => {
    const { doc, updates } = recordingDoc();
    doc.getText('t').insert(0, 'hello');
    doc.getText('t').insert(5, ' world');
    doc.getText('t').delete(0, 1);
    const server = new Y.Doc();
    for (const u of updates) {
      expect(findMissingDependency(server, u)).toBeNull();
      Y.applyUpdate(server, u);
    }
    expect(server.getText('t').toString()).toBe('ello world');
  });

  it('refuses an update that continues a client clock the server has not seen', () => {
    const { doc, updates } = recordingDoc();
    doc.getText('t').insert(0, 'a');
    doc.getText('t').insert(1, 'b');
    expect(findMissingDependency(new Y.Doc(), updates[1]!)).toMatch(/gap/);
  });

  it("refuses an update whose item refers to another client's unknown content", () => {
    const a = recordingDoc();
    a.doc.getText('t').insert(0, 'abc');
    const b = recordingDoc();
    Y.applyUpdate(b.doc, a.updates[0]!);
    b.doc.getText('t').insert(2, 'X'); // left origin is a's item
    // b.updates[0] is a's update arriving at b; b.updates[1] is b's own insertion.
    expect(findMissingDependency(new Y.Doc(), b.updates[1]!)).toMatch(/unknown reference/);
  });

  it('refuses a deletion of content the server does not have', () => {
    const a = recordingDoc();
    a.doc.getText('t').insert(0, 'abc');
    a.doc.getText('t').delete(0, 2);
    const deletionOnly = a.updates[1]!;
    expect(findMissingDependency(new Y.Doc(), deletionOnly)).toMatch(/deletion/);
  });

  it('accepts a merged update that carries its own dependencies', () => {
    const a = recordingDoc();
    a.doc.getText('t').insert(0, 'abc');
    const b = recordingDoc();
    Y.applyUpdate(b.doc, a.updates[0]!);
    b.doc.getText('t').insert(2, 'X');
    const merged = Y.mergeUpdates([b.updates[1]!, a.updates[0]!]);
    expect(findMissingDependency(new Y.Doc(), merged)).toBeNull();
  });

  it('refuses an item whose right origin is a later item of its own client (Yjs would throw)', () => {
    // client 777: item 0 with right origin 777:1, item 1 in root "text".
    const update = Uint8Array.from(Buffer.from('010289060044890601016104010474657874016200', 'hex'));
    expect(findMissingDependency(new Y.Doc(), update)).toMatch(/later item of its own client/);
  });

  it('refuses two clients whose items refer to each other', () => {
    expect(findMissingDependency(new Y.Doc(), cyclicReferenceUpdate())).toMatch(/cyclic/);
  });

  it('throws on bytes that are not an update', () => {
    expect(() => findMissingDependency(new Y.Doc(), new Uint8Array([200, 200, 200, 200]))).toThrow();
  });
});
