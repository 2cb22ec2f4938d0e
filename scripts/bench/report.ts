/** One measured figure and the budget it is held to. */
export interface Figure {
  name: string;
  value: number;
  unit: 'bytes' | 'ms' | 'count';
  /** The most the figure may be; undefined where a figure is only reported. */
  budget?: number;
  /** The budget is the least the figure may be (a score), not the most. */
  atLeast?: boolean;
}

/** Whether a figure breaks its budget (never, where it has none). */
const isOver = (f: Figure): boolean =>
  f.budget !== undefined && (f.atLeast ? f.value < f.budget : f.value > f.budget);

function show(value: number, unit: Figure['unit']): string {
  if (unit === 'bytes')
    return value >= 1024 * 1024
      ? `${(value / 1024 / 1024).toFixed(2)} MiB`
      : `${(value / 1024).toFixed(1)} kB`;
  if (unit === 'ms') return `${value.toFixed(0)} ms`;
  return String(value);
}

/** The figures as a table, each beside its budget, and which are over. Measures; never fails. */
export function report(title: string, figures: Figure[]): string {
  const width = Math.max(44, ...figures.map((f) => f.name.length));
  const lines = figures.map((f) => {
    const budget = f.budget === undefined ? '—' : `${f.atLeast ? '≥ ' : ''}${show(f.budget, f.unit)}`;
    const status = f.budget === undefined ? '' : isOver(f) ? 'OVER BUDGET' : 'ok';
    return `  ${f.name.padEnd(width)} ${show(f.value, f.unit).padStart(12)}   budget ${budget.padStart(10)}   ${status}`;
  });
  const over = figures.filter(isOver).length;
  return [`${title}`, ...lines, `  ${over === 0 ? 'all within budget' : `${over} over budget`}`].join('\n');
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Figures with no budget of their own, as a table: a header row and one row per item, columns
 * padded to their widest cell. Byte values are shown like report()'s.
 */
export function table(title: string, header: string[], rows: (string | number)[][]): string {
  const cells = [
    header,
    ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? show(cell, 'bytes') : cell))),
  ];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) =>
    `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('   ')}`;
  return [title, ...cells.map(line)].join('\n');
}
