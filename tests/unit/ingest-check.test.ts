import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/pipeline';
import { runCheck } from '../../src/lib/ingest/run';
import { fixture, project, run, SOURCE, VARIANTS } from '../fixtures/ingest/support';

/** The shared copy of the source, as the issue names it; the project's own copy when absent. */
const SHARED = existsSync('../shared/sources/hangzhou-2018-manufacturing-opinions.raw.txt')
  ? '../shared/sources/hangzhou-2018-manufacturing-opinions.raw.txt'
  : SOURCE;

/** Precision and recall per field, read from the table --check prints. */
function table(stdout: string): Record<string, [number, number]> {
  const rows: Record<string, [number, number]> = {};
  for (const m of stdout.matchAll(/^(.+?)\s+\d+\s+\d+\s+\d+\s+([01]\.\d{3})\s+([01]\.\d{3})$/gmu))
    rows[(m[1] ?? '').trim()] = [Number(m[2]), Number(m[3])];
  return rows;
}

/** The figures the issue sets: exact structure, ≥ 0.95 awards and citations, ≥ 0.9 targets and industries. */
function expectTargets(scores: Record<string, [number, number]>): void {
  for (const field of ['structure (clause boundaries)', 'numbers', 'titles', 'divisions'])
    expect(scores[field], field).toEqual([1, 1]);
  for (const field of ['award amounts', 'citations'])
    for (const v of scores[field] ?? [0, 0]) expect(v, field).toBeGreaterThanOrEqual(0.95);
  for (const field of ['targets', 'industries'])
    for (const v of scores[field] ?? [0, 0]) expect(v, field).toBeGreaterThanOrEqual(0.9);
}

describe('--check on the 2018 source', { timeout: 60_000 }, () => {
  it('meets the targets, prints the table, and writes nothing', async () => {
    const r = await run({ input: SHARED, policy: 'hz-2018-manufacturing', check: true });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      '--check hz-2018-manufacturing: the draft against the curated content (nothing written)',
    );
    const scores = table(r.stdout);
    expectTargets(scores);
    expect(scores['policy record']).toEqual([1, 1]);
    // Every field of the 2018 curation is measured; the amounts, levels, kinds, budgets and notes are exact.
    expect(Object.keys(scores)).toEqual([
      'structure (clause boundaries)',
      'numbers',
      'titles',
      'divisions',
      'award amounts',
      'award levels and kinds',
      'award recipients',
      'award conditions',
      'award ladders',
      'citations',
      'targets',
      'industries',
      'budgets',
      'notes',
      'policy record',
    ]);
    for (const field of ['award levels and kinds', 'budgets', 'notes'])
      for (const v of scores[field] ?? [0, 0]) expect(v, field).toBeGreaterThanOrEqual(0.95);
    // Curators name recipients and conditions in their own words; the draft quotes the text.
    for (const [field, min] of [
      ['award recipients', 0.25],
      ['award conditions', 0.6],
      ['award ladders', 0.85],
    ] as const)
      for (const v of scores[field] ?? [0, 0]) expect(v, field).toBeGreaterThanOrEqual(min);
    expect(r.stdout).toMatch(/award recipients:\n  curated only: /u);
    expect(existsSync('content/clauses/hz-2018-manufacturing/01-clause.md')).toBe(false);
  });
});

describe('--check on reformatted variants of the source', () => {
  const known = project.references.map((r) => r.data);
  const baseline = runCheck(
    ingestText(readFileSync(SOURCE, 'utf8'), {
      policyId: 'hz-2018-manufacturing',
      rawFile: SOURCE,
      vocabularies: project.vocabularies,
      references: known,
    }),
    known,
    { input: SOURCE, policy: 'hz-2018-manufacturing', out: process.cwd(), force: false, check: true },
  ).scores;
  it.each(VARIANTS)('%s gives the same figures as the source', (variant) => {
    const input = fixture(`${variant}.raw.txt`);
    const result = ingestText(readFileSync(input, 'utf8'), {
      policyId: 'hz-2018-manufacturing',
      rawFile: 'content/sources/variant.txt',
      vocabularies: project.vocabularies,
      references: known,
    });
    const scores = runCheck(result, known, {
      input,
      policy: 'hz-2018-manufacturing',
      out: process.cwd(),
      force: false,
      check: true,
    }).scores;
    // The portal is the one the variant's boilerplate names; every other figure must be the source's.
    const comparable = (s: typeof scores) =>
      s.filter((x) => variant !== 'other-boilerplate' || x.field !== 'policy record');
    expect(comparable(scores)).toEqual(comparable(baseline));
    expectTargets(Object.fromEntries(scores.map((s) => [s.field, [s.precision, s.recall]])));
  });
});
