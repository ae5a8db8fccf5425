import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Keeps keyboard focus inside a list whose items React moves around. When the items are reordered (by us
 * or by someone else), React moves DOM nodes, and a focused node that is moved loses focus in Chromium:
 * the person typing in a moved item would suddenly type nowhere. `items` is what the list renders from.
 */
export function useFocusAcrossReorder(list: RefObject<HTMLElement | null>, items: unknown): void {
  // The element in the list that has focus, until the person puts focus somewhere else on purpose.
  const focused = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement) focused.current = event.target;
    };
    const onFocusOut = (event: FocusEvent) => {
      // Tab or a click on another control names where focus went; a moved node's blur names nothing.
      if (event.relatedTarget !== null && !element.contains(event.relatedTarget as Node)) focused.current = null;
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!element.contains(event.target as Node)) focused.current = null;
    };
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [list]);

  useLayoutEffect(() => {
    const previous = focused.current;
    if (!previous?.isConnected || !list.current?.contains(previous)) return;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost && document.hasFocus()) previous.focus({ preventScroll: true });
  }, [list, items]);
}
