import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/content/issue';
import { loadValidContent, validateContent } from '../../src/lib/validate/index';
import { findMoney } from '../../src/lib/amounts/money';
import { generateCorpus, policySizes } from '../../scripts/bench/corpus';
import { scaleMoney, scaleYuan } from '../../scripts/bench/pool';
import { createRng } from '../../scripts/bench/rng';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** Generates a corpus in a fresh temporary folder. */
function generate(clauses: number, seed: number): { root: string; stats: ReturnType<typeof generateCorpus> } {
  const root = mkdtempSync(join(tmpdir(), 'policy-kb-bench-'));
  roots.push(root);
  return { root, stats: generateCorpus(root, loadValidContent(process.cwd()), { clauses, seed }) };
}

describe('the synthetic benchmark corpus', () => {
  it('passes every content rule (schema, grounding, consistency, lossless) at about 50 clauses', () => {
    const { root, stats } = generate(50, 7);
    const { issues } = validateContent(root);
    expect(issues.length === 0 ? 'valid' : formatIssues(issues)).toBe('valid');
    expect(stats.clauses).toBe(50);
    expect(stats.policies).toBeGreaterThanOrEqual(2);
    expect(stats.awards).toBeGreaterThan(10);
  });

  it('stays valid with other seeds and sizes, with citations between its policies', () => {
    for (const [clauses, seed] of [
      [12, 1],
      [137, 2],
      [400, 3],
    ] as const) {
      const { root, stats } = generate(clauses, seed);
      const { issues } = validateContent(root);
      expect(issues.length === 0 ? 'valid' : formatIssues(issues)).toBe('valid');
      expect(stats.clauses).toBe(clauses);
      if (clauses === 400) expect(readdirSync(join(root, 'content/references')).length).toBeGreaterThan(0);
    }
  });

  it('mixes 意见 of clauses in parts with 条例 of articles in chapters', () => {
    const { root } = generate(120, 5);
    const kb = loadValidContent(root);
    const styles = new Set(kb.policies.map((p) => p.data.provisionStyle));
    expect([...styles].sort()).toEqual(['article', 'clause']);
    const regulation = kb.policies.find((p) => p.data.provisionStyle === 'article');
    expect(regulation?.data.divisions.every((d) => d.kind === 'chapter')).toBe(true);
  });

  it('makes policies of 10 to 40 clauses that add up to the total', () => {
    for (const total of [10, 45, 50, 1000, 10_000]) {
      const sizes = policySizes(total, createRng(total));
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
      for (const s of sizes) expect(s >= 10 && s <= 40).toBe(true);
    }
  });

  it('varies money so that the text still states the new amount', () => {
    expect(scaleMoney('分别给予400万元、200万元资助', 1.5)).toBe('分别给予600万元、300万元资助');
    expect(scaleMoney('每年安排2亿元', 0.75)).toBe('每年安排1.5亿元');
    const scaled = scaleMoney('最高奖励5万元', 0.5);
    expect(findMoney(scaled)[0]?.yuan).toBe(scaleYuan(50_000, 0.5));
  });
});
