/** What an `astro build` of the scale benchmark logged: the index step's timing, the pages copied. */
import type { RunStats } from './project';

/** The index step's own timing, from the line the Pagefind integration logs. */
export function indexSeconds(build: RunStats): { index: number; total: number; line: string } {
  const line =
    build.output
      .split('\n')
      .find((l) => l.includes('[policy-kb:pagefind]'))
      ?.replace(/\x1b\[[0-9;]*m/g, '')
      .trim() ?? '';
  const m = /index ([\d.]+) s, total ([\d.]+) s/.exec(line);
  return { index: Number(m?.[1] ?? NaN), total: Number(m?.[2] ?? NaN), line };
}

/** Pages Astro's incremental build copied from the previous build rather than rendered (it logs each). */
export function copiedPages(build: RunStats): number {
  return build.output.split('\n').filter((l) => /\((cached|restored)\)/.test(l)).length;
}
