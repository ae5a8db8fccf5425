import { useState, type DragEvent } from 'react';
import { reorderTarget } from './reorderTarget.js';

interface DragReorderOptions {
  /** Item ids in display order. */
  ids: readonly string[];
  enabled: boolean;
  /** Moves item `id` to `index` among the other items (the list accessor's `move`). */
  onMove: (id: string, index: number) => void;
}

/** Where the drop indicator is drawn on an item while something is dragged over the list. */
export type DropPosition = 'before' | 'after' | null;

/**
 * Reordering by native HTML5 drag and drop: a drag handle starts the drag, each item reports which half
 * the pointer is over, and the list shows a line in the gap where the item would land. Items carry the
 * attribute `data-drag-item`, so the whole item is the drag image, not just its handle.
 */
export function useDragReorder({ ids, enabled, onMove }: DragReorderOptions) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [gap, setGap] = useState<number | null>(null);

  const from = dragging === null ? -1 : ids.indexOf(dragging);
  const target = from < 0 || gap === null ? null : reorderTarget(from, gap);

  const end = () => {
    setDragging(null);
    setGap(null);
  };

  const drop = (event: DragEvent) => {
    if (dragging === null) return;
    event.preventDefault();
    if (target !== null) onMove(dragging, target);
    end();
  };

  return {
    dragging,
    handleProps: (id: string) => ({
      draggable: enabled,
      onDragStart: (event: DragEvent<HTMLElement>) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', id);
        const item = event.currentTarget.closest('[data-drag-item]');
        if (item) event.dataTransfer.setDragImage(item, 24, 24);
        setDragging(id);
      },
      onDragEnd: end,
    }),
    listProps: {
      onDragOver: (event: DragEvent) => {
        if (dragging !== null) event.preventDefault();
      },
      onDrop: drop,
    },
    itemProps: (index: number) => ({
      onDragOver: (event: DragEvent<HTMLElement>) => {
        if (dragging === null) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const rect = event.currentTarget.getBoundingClientRect();
        setGap(event.clientY < rect.top + rect.height / 2 ? index : index + 1);
      },
      onDrop: drop,
    }),
    /** The indicator for the item at `index`: the line goes into the gap before it, or after the last one. */
    dropPosition: (index: number): DropPosition => {
      if (target === null || gap === null) return null;
      if (gap === index) return 'before';
      return gap === ids.length && index === ids.length - 1 ? 'after' : null;
    },
  };
}
