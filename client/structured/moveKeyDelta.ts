/** The keys that move an item in a list, as read from a keyboard event. */
export interface MoveKeyEvent {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Alt+ArrowUp moves the focused item one place up (-1), Alt+ArrowDown one place down (+1); else 0. */
export function moveKeyDelta(event: MoveKeyEvent): -1 | 0 | 1 {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0;
  if (event.key === 'ArrowUp') return -1;
  return event.key === 'ArrowDown' ? 1 : 0;
}
