import * as Y from 'yjs';
import type { VersionStore, VersionSummary } from './VersionStore.js';

/** The newest approved version of a playbook as a Y.Doc, with its summary; null before the first approval. */
export async function readApprovedDoc(
  versions: VersionStore,
  playbookId: string,
): Promise<{ doc: Y.Doc; version: VersionSummary } | null> {
  const latest = await versions.latest(playbookId);
  if (!latest) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, latest.state);
  const { state: _state, ...version } = latest;
  return { doc, version };
}
