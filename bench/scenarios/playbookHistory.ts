import * as Y from 'yjs';

/** A playbook's edit history made by one writer, as the update messages it sent. */
export interface PlaybookHistory {
  updates: Uint8Array[];
  /** The whole document as one update (what a late joiner must receive). */
  finalState: Uint8Array;
  stateVector: Uint8Array;
  text: string;
  edits: number;
}

const WRITER_CLIENT_ID = 424242;
const WORDS = ['mål ', 'rolle ', 'aftale ', 'næste skridt ', 'borger ', 'jobcenter ', 'a-kasse ', 'plan ', '. '];

/**
 * `edits` small edits (typing word pieces at a cursor, backspaces, cursor jumps) made by one writer, grouped
 * `editsPerUpdate` to an update message. Deterministic for a given seed, so both servers get the same bytes.
 */
export function buildPlaybookHistory(edits: number, editsPerUpdate: number, seed = 1): PlaybookHistory {
  const random = mulberry32(seed);
  const doc = new Y.Doc();
  doc.clientID = WRITER_CLIENT_ID;
  const text = doc.getText('text');
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  let cursor = 0;
  let made = 0;
  while (made < edits) {
    doc.transact(() => {
      for (let k = 0; k < editsPerUpdate && made < edits; k++, made++) {
        const roll = random();
        if (roll < 0.1) {
          cursor = Math.floor(random() * (text.length + 1));
        } else if (roll < 0.25 && cursor > 0) {
          text.delete(cursor - 1, 1);
          cursor -= 1;
          continue;
        }
        const word = WORDS[Math.floor(random() * WORDS.length)]!;
        const piece = word.slice(0, 1 + Math.floor(random() * word.length));
        text.insert(cursor, piece);
        cursor += piece.length;
      }
    });
  }
  const result = {
    updates,
    finalState: Y.encodeStateAsUpdate(doc),
    stateVector: Y.encodeStateVector(doc),
    text: text.toString(),
    edits,
  };
  doc.destroy();
  return result;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
