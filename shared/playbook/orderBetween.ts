/** Smallest gap between two order numbers before the list is renumbered; far above float resolution. */
export const MIN_ORDER_GAP = 1e-9;

/**
 * An order number between two neighbours (either may be missing at the ends of a list), or undefined when
 * the gap is too small and the list must be renumbered first.
 */
export function orderBetween(before: number | undefined, after: number | undefined): number | undefined {
  if (before === undefined) return after === undefined ? 1 : after - 1;
  if (after === undefined) return before + 1;
  if (after - before < MIN_ORDER_GAP) return undefined;
  return (before + after) / 2;
}
