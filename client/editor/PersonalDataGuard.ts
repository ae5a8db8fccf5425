import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { findPersonalData } from '../../shared/playbook/findPersonalData.js';

export interface PersonalDataGuardOptions {
  /** Called after a CPR number was removed from what this person typed or pasted. */
  onRemoved: () => void;
}

// One character per inline leaf (hard break, …), so text offsets map one to one onto document positions.
const LEAF_PLACEHOLDER = '\ufffc';

/** Document ranges of CPR numbers in `doc`, last first (so deleting them in order keeps positions valid). */
function personalDataRanges(doc: ProseMirrorNode): Array<{ from: number; to: number }> {
  const ranges: Array<{ from: number; to: number }> = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, undefined, LEAF_PLACEHOLDER);
    for (const match of findPersonalData(text)) ranges.push({ from: pos + 1 + match.start, to: pos + 1 + match.end });
    return false;
  });
  return ranges.reverse();
}

/**
 * A playbook describes how interviews are run, never a citizen: a CPR number typed or pasted into a section
 * is removed before it reaches the shared document (the removal is part of the same change, so the number
 * is never sent), and the writer is told why. Changes arriving from other people are left alone.
 */
export const PersonalDataGuard = Extension.create<PersonalDataGuardOptions>({
  name: 'personalDataGuard',
  addOptions() {
    return { onRemoved: () => {} };
  },
  addProseMirrorPlugins() {
    const { onRemoved } = this.options;
    return [
      new Plugin({
        key: new PluginKey('personalDataGuard'),
        appendTransaction(transactions, _oldState, newState) {
          const local = transactions.some(
            (tr) =>
              tr.docChanged &&
              (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin !== true,
          );
          if (!local) return null;
          const ranges = personalDataRanges(newState.doc);
          if (ranges.length === 0) return null;
          const tr = newState.tr;
          for (const { from, to } of ranges) tr.delete(from, to);
          queueMicrotask(onRemoved);
          return tr;
        },
      }),
    ];
  },
});
