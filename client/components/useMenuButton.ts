import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/**
 * The state and keyboard behaviour of a WAI-ARIA menu button with `itemCount` items: Enter, Space or the
 * arrow keys open it, the arrow keys, Home and End move, Escape closes it and returns to the button, Tab
 * or a click outside closes it. The component renders the button, the menu and the items with the refs
 * and handlers returned here.
 */
export function useMenuButton(itemCount: number) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') openAt(0);
    else if (event.key === 'ArrowUp') openAt(itemCount - 1);
    else return;
    event.preventDefault();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const last = itemCount - 1;
    const moves: Record<string, number> = {
      ArrowDown: active === last ? 0 : active + 1,
      ArrowUp: active === 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setActive(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  /** The ref callback for item `index`, so focus can follow the active item. */
  const itemRef = (index: number) => (element: HTMLButtonElement | null) => {
    itemRefs.current[index] = element;
  };

  return { menuId, open, active, rootRef, buttonRef, itemRef, openAt, close, onButtonKey, onMenuKey };
}
