/**
 * Where a caret at `position` in `before` belongs once the text has become `after` through someone else's
 * edit: text before an unchanged prefix keeps its place, text after an unchanged suffix shifts with it,
 * and a caret inside the changed part moves to its end.
 */
export function mapCaret(before: string, after: string, position: number): number {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) {
    suffix++;
  }
  if (position <= prefix) return position;
  if (position >= before.length - suffix) return Math.max(0, position + after.length - before.length);
  return after.length - suffix;
}
