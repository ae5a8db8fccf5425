import * as Y from 'yjs';
import type { DocumentStore } from '../../server/storage/DocumentStore.js';

/** The plain text the server has stored in fragment `field` of playbook `docId`, one line per block. */
export async function storedText(store: DocumentStore, docId: string, field = 'notes'): Promise<string> {
  const stored = await store.load(docId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  const blocks: unknown[] = doc.getXmlFragment(field).toArray();
  const text = blocks.map(textOf).join('\n');
  doc.destroy();
  return text;
}

function textOf(node: unknown): string {
  if (node instanceof Y.XmlText) return node.toJSON();
  if (node instanceof Y.XmlElement) {
    const children: unknown[] = node.toArray();
    return children.map(textOf).join('');
  }
  return '';
}
