/** What the benchmarks print: quantiles and aligned tables. */

/**
 * The value at quantile `q` (0–1) of `xs` by the nearest-rank method: the p95 of 20 values is the
 * 19th smallest. NaN for no values.
 */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

/** Columns a string takes in a terminal: CJK characters take two. */
function width(text: string): number {
  return Array.from(text).reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
}

/** Prints rows as an aligned table, the first row its header. */
export function printTable(rows: ReadonlyArray<readonly string[]>): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? '')))) ?? [];
  for (const r of rows)
    console.log(
      r
        .map((cell, i) => cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(cell))))
        .join('  ')
        .trimEnd(),
    );
}
