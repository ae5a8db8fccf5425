/**
 * A GFM table; cell text is escaped so that a pipe or a line break cannot break the table, and `<`/`>` so that
 * text typed into a cell never becomes HTML in a Markdown viewer.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) =>
    text
      .replace(/\\/g, '\\\\')
      .replace(/[|<>]/g, '\\$&')
      .replace(/\s*\n\s*/g, ' ');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
