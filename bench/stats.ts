/** Small statistics and formatting helpers of the benchmark (no dependencies). */

/** The median of `values` (the mean of the two middle ones for an even count). */
export function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** `median (min–max)` of `values`, each formatted by `format`. */
export function spread(values: ReadonlyArray<number>, format: (n: number) => string): string {
  if (values.length === 0) return 'n/a';
  return `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
}

/** A number with three significant digits (no exponent below 10^9). */
export function sig3(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString('en-US');
  return n.toPrecision(3);
}

/** A ratio, two decimals and a multiplication sign. */
export function times(n: number): string {
  return `${n.toFixed(2)}×`;
}

/** A markdown table. */
export function table(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const line = (cells: ReadonlyArray<string>): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Bytes as `12,345 B (12.1 KiB)`. */
export function bytes(n: number): string {
  return `${n.toLocaleString('en-US')} B (${(n / 1024).toFixed(1)} KiB)`;
}
