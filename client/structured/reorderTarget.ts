/**
 * The index to pass to a list accessor's `move` (a position among the OTHER items) when the item at `from`
 * is dropped into gap `gap` of the full list (gap 0 is before the first item, gap n after the last), or
 * null when the drop would leave it where it is.
 */
export function reorderTarget(from: number, gap: number): number | null {
  const index = gap > from ? gap - 1 : gap;
  return index === from ? null : index;
}
