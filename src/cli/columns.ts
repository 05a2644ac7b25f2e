/** Left-aligned columns two spaces apart; the last column is not padded. */
export function formatColumns(lines: readonly string[][]): string {
  const widths: number[] = [];
  for (const cells of lines) cells.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] as number))).join('  ');
  return `${lines.map(line).join('\n')}\n`;
}
