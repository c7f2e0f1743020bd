import { describe, expect, it } from 'vitest';
import { findMatches } from '../../src/lib/search/find';
import {
  CHECK_ALL_MAX,
  CHECK_BATCH,
  countMatches,
  LazyMatches,
  MAX_CHECKS_PER_PAGE,
  PAGE_SIZE,
  roundEstimate,
  type Found,
} from '../../src/lib/search/lazy-matches';
import { MAX_PARTIAL_CANDIDATES, MAX_PARTIAL_RESULTS } from '../../src/lib/search/limits';
import type { QueryWord } from '../../src/lib/search/match';

/** A query word as queryWords gives it. */
const word = (w: string): QueryWord => ({ match: w, shown: w, highlight: [w] });

interface Fake {
  id: string;
  score: number;
}

/** `n` fake results, best first. */
const fakes = (n: number, prefix = 'r'): Fake[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${String(i)}`, score: n - i }));

/** A loader that counts its loads, over texts given by id. */
function counting(textOf: (id: string) => string) {
  const loaded: string[] = [];
  return {
    loaded,
    load: (r: Fake) => {
      loaded.push(r.id);
      return Promise.resolve(textOf(r.id));
    },
  };
}

/** A stream over `results` whose check is a counting load; a result matches when `holds` says so. */
function stream(results: readonly Fake[], holds: (id: string) => boolean, verify = true) {
  const batches: number[] = [];
  const loaded: string[] = [];
  const check = (batch: readonly Fake[]): Promise<Found<string>[]> => {
    batches.push(batch.length);
    loaded.push(...batch.map((r) => r.id));
    return Promise.resolve(batch.map((r) => ({ id: r.id, data: r.id, lacks: holds(r.id) ? [] : [word('x')] })));
  };
  return { matches: new LazyMatches(results, check, verify), batches, loaded };
}

describe('counting matches', () => {
  it('is exact once every result is checked', () => {
    expect(countMatches(7, 30, 30)).toEqual({ n: 7, exact: true, checked: 30 });
  });
  it('estimates the rest by the share found so far, rounded to what it can claim', () => {
    expect(countMatches(20, 20, 10_000)).toEqual({ n: 10_000, exact: false, checked: 20 });
    expect(countMatches(10, 20, 9_873)).toEqual({ n: 4_900, exact: false, checked: 20 });
    expect(countMatches(15, 20, 60)).toEqual({ n: 45, exact: false, checked: 20 });
    expect(countMatches(20, 20, 105)).toEqual({ n: 105, exact: false, checked: 20 });
  });
  it('never estimates fewer than were found', () => {
    expect(roundEstimate(104, 104)).toBe(104);
    expect(roundEstimate(1_049, 0)).toBe(1_000);
  });
});

describe('lazy matches', () => {
  it('check 10,000 results a batch at a time: a page and one more, not every result', async () => {
    const { matches, loaded } = stream(fakes(10_000), () => true);
    await matches.fill(PAGE_SIZE + 1);
    expect(loaded).toHaveLength(CHECK_BATCH);
    expect(matches.found.slice(0, 3).map((f) => f.id)).toEqual(['r0', 'r1', 'r2']);
    expect(matches.count).toEqual({ n: 10_000, exact: false, checked: CHECK_BATCH });
    // The next page goes on from where the first stopped.
    await matches.fill(2 * PAGE_SIZE + 1);
    expect(loaded).toHaveLength(2 * CHECK_BATCH);
    expect(new Set(loaded).size).toBe(loaded.length);
  });
  it('stop after MAX_CHECKS_PER_PAGE results when matches are rare, and go on on request', async () => {
    const { matches, loaded } = stream(fakes(10_000), (id) => Number(id.slice(1)) % 100 === 0);
    await matches.fill(PAGE_SIZE + 1);
    expect(loaded).toHaveLength(MAX_CHECKS_PER_PAGE);
    expect(matches.found.map((f) => f.id)).toEqual(['r0']);
    expect(matches.done).toBe(false);
    await matches.fill(PAGE_SIZE + 1);
    expect(loaded).toHaveLength(2 * MAX_CHECKS_PER_PAGE);
    await matches.fill(PAGE_SIZE + 1);
    expect(loaded).toHaveLength(3 * MAX_CHECKS_PER_PAGE);
    expect(matches.found.map((f) => f.id)).toEqual(['r0', 'r100']);
  });
  it('check a small set whole, at once, so that its count is exact', async () => {
    const { matches, batches } = stream(fakes(CHECK_ALL_MAX), (id) => id !== 'r3');
    await matches.fill(PAGE_SIZE + 1);
    expect(batches).toEqual([CHECK_ALL_MAX]);
    expect(matches.count).toEqual({ n: CHECK_ALL_MAX - 1, exact: true, checked: CHECK_ALL_MAX });
  });
  it('keep the order when pages are asked for before the last one is in', async () => {
    const { matches } = stream(fakes(200), () => true);
    await Promise.all([matches.fill(PAGE_SIZE + 1), matches.fill(2 * PAGE_SIZE + 1), matches.fill(45)]);
    expect(matches.found.map((f) => f.id)).toEqual(fakes(60).map((r) => r.id));
  });
  it('without a query, load only what is shown and count every result', async () => {
    const { matches, loaded } = stream(fakes(10_000), () => true, false);
    await matches.fill(PAGE_SIZE);
    expect(loaded).toHaveLength(PAGE_SIZE);
    expect(matches.count).toEqual({ n: 10_000, exact: true, checked: PAGE_SIZE });
  });
});

describe('findMatches at scale', () => {
  const run = (o: {
    text: string;
    words: QueryWord[];
    search: (q: string) => Promise<Fake[]>;
    load: (r: Fake) => Promise<string>;
    preferred?: (q: string) => Promise<string[]>;
  }) =>
    findMatches({
      ...o,
      textOf: (d: string) => d,
      order: null,
      preferred: o.preferred ?? null,
    });

  it('a common word with 10,000 results loads a bounded number of them for the first page', async () => {
    const { loaded, load } = counting(() => '资助');
    const out = await run({ text: '资助', words: [word('资助')], search: () => Promise.resolve(fakes(10_000)), load });
    expect(out.strict.found.length).toBeGreaterThan(PAGE_SIZE);
    expect(loaded.length).toBeLessThanOrEqual(CHECK_BATCH);
    expect(out.strict.count.exact).toBe(false);
  });

  it('words held by no result together: partial matches from a bounded number of loads', async () => {
    // 10,000 results for each word alone; Pagefind's strict results hold only one word each.
    const texts = (id: string) => (id.startsWith('a') ? '绿色工厂' : '单项冠军');
    const { loaded, load } = counting(texts);
    const search = (q: string) =>
      Promise.resolve(
        q === '绿色工厂' ? fakes(10_000, 'a') : q === '单项冠军' ? fakes(10_000, 'b') : fakes(10_000, 'a'),
      );
    const out = await run({ text: '绿色工厂 单项冠军', words: [word('绿色工厂'), word('单项冠军')], search, load });
    expect(out.strict.found).toEqual([]);
    expect(out.partial).toHaveLength(MAX_PARTIAL_RESULTS);
    expect(out.partial.every((f) => f.lacks.length === 1)).toBe(true);
    expect(loaded.length).toBeLessThanOrEqual(MAX_CHECKS_PER_PAGE + MAX_PARTIAL_CANDIDATES);
  });

  it('lists the preferred results first (a question about money: those granting awards)', async () => {
    const { load } = counting(() => '资助');
    const out = await run({
      text: '资助',
      words: [word('资助')],
      search: () => Promise.resolve(fakes(30)),
      load,
      preferred: () => Promise.resolve(['r7', 'r3']),
    });
    expect(out.strict.found.slice(0, 4).map((f) => f.id)).toEqual(['r3', 'r7', 'r0', 'r1']);
  });
});
