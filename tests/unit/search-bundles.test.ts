import { describe, expect, it } from 'vitest';
import {
  ALL_BUNDLES_MAX,
  bundleKey,
  bundleUrl,
  routeNamedFirst,
  keyOfBundleUrl,
  groupByBundle,
  selectBundles,
  sortTable,
  strategyFor,
  valueAtRank,
  widenThroughDirectory,
  indexLayout,
  SPLIT_FROM_RECORDS,
  type BundleManifest,
} from '../../src/lib/search/bundles';
import { DIRECTORY_WEIGHTS, directoryHtml } from '../../src/lib/search/record-html';
import { SEGMENTERS } from '../../src/integrations/segmenters';
import { distinctWords } from '../../src/lib/search/segment';
import { searchRecord } from './helpers/search-record';

const manifest = (strategy: BundleManifest['strategy'], bundles: string[]): BundleManifest => ({
  format: 1,
  tag: 't',
  strategy,
  bundles,
  top: 4,
});

/** A record of a policy with a body, as records.ts makes them (only the fields read here matter). */
const record = searchRecord;

describe('search bundles', () => {
  it('gives each policy a stable bundle of its own, the same in the build and the browser', () => {
    expect(bundleKey('浙江省数字经济促进条例')).toBe(bundleKey('浙江省数字经济促进条例'));
    expect(bundleKey('浙江省数字经济促进条例')).not.toBe(bundleKey('浙江省高新技术促进条例'));
    expect(bundleKey('浙江省数字经济促进条例')).toMatch(/^p[0-9a-f]{8}$/);
    expect(bundleUrl('/', 'pabc')).toBe('/pagefind/b/pabc/');
    expect(bundleUrl('/kb', 'pabc')).toBe('/kb/pagefind/b/pabc/');
    expect(keyOfBundleUrl(bundleUrl('/kb', 'pabc'))).toBe('pabc');
    expect(keyOfBundleUrl('/policies/pabc/1/')).toBeNull();
  });

  it('groups records by policy, in order', () => {
    const groups = groupByBundle([record('甲条例', '一'), record('乙意见', '二'), record('甲条例', '三')]);
    expect([...groups.values()].map((g) => g.map((r) => r.body))).toEqual([['一', '三'], ['二']]);
  });

  it('loads the policy’s bundle alone when the policy filter is set, else all or the directory', () => {
    const keys = [bundleKey('甲条例'), bundleKey('乙意见')];
    expect(selectBundles(manifest('all', keys), { policy: '乙意见', industry: '生物医药' })).toEqual({
      kind: 'bundles',
      keys: [bundleKey('乙意见')],
    });
    expect(selectBundles(manifest('all', keys), { industry: '生物医药' })).toEqual({ kind: 'bundles', keys });
    expect(selectBundles(manifest('directory', []), {})).toEqual({ kind: 'directory' });
    expect(strategyFor(ALL_BUNDLES_MAX)).toBe('all');
    expect(strategyFor(ALL_BUNDLES_MAX + 1)).toBe('directory');
  });

  it('turns a sorted result’s rank in its bundle back into its value', () => {
    const table = sortTable([3_000_000, 0, 100_000_000, 500_000]);
    expect(table).toEqual([0, 500_000, 3_000_000, 100_000_000]);
    // desc: Pagefind scores by the ascending position; asc: the negated position.
    expect(valueAtRank(table, 3)).toBe(100_000_000);
    expect(valueAtRank(table, -1)).toBe(500_000);
  });

  it('writes a directory record with the words Pagefind indexes, once each, its title first, and the union of its filters', () => {
    const html = directoryHtml(
      'pabc',
      [
        record('浙江省河长制规定', '对获评国家级绿色工厂的给予资助。', {
          filters: { policy: ['甲'], industry: ['生物医药'] },
        }),
        record('浙江省河长制规定', '绿色工厂给予奖励。各级河长名单应当向社会公布。粮食安全。', {
          filters: { policy: ['甲'], industry: ['集成电路'] },
          maxYuan: 2_000_000,
        }),
      ],
      SEGMENTERS,
    );
    const paragraphs = [...html.matchAll(/<p data-pagefind-weight="([\d.]+)">([^<]*)<\/p>/g)].map((m) => ({
      weight: Number(m[1]),
      words: (m[2] ?? '').split(' '),
    }));
    // The policy's title, as jieba cuts it (河|长|制), weighted highest.
    expect(paragraphs[0]).toEqual({
      weight: DIRECTORY_WEIGHTS.policyTitle,
      words: ['浙江省', '河', '长', '制', '规定'],
    });
    const body = paragraphs.find((p) => p.weight === DIRECTORY_WEIGHTS.body)?.words ?? [];
    // Each word once (绿色 is in both records); jieba's words, not the browser's.
    expect(body.filter((w) => w === '绿色').length).toBe(1);
    expect(body).toContain('资助');
    // The title's words stand in the title alone.
    expect(body).not.toContain('规定');
    // 粮食安全 is one word for jieba, 粮食|安全 for the browser: both are there.
    expect(body).toEqual(expect.arrayContaining(['粮食安全', '粮食', '安全']));
    expect(html).toContain('data-pagefind-filter="industry[content]" content="生物医药"');
    expect(html).toContain('data-pagefind-filter="industry[content]" content="集成电路"');
    expect(html).toContain('data-pagefind-meta="bundle[content]" content="pabc"');
    // Sorted by award, the directory ranks a policy by its largest award.
    expect(html).toContain('data-pagefind-sort="award[content]" content="2000000"');
    expect(distinctWords(['资助资助', '资助'])).toEqual(['资助']);
  });
});

describe('routing to the policies whose titles name the words', () => {
  const titles = { a: '中华人民共和国防洪法', b: '浙江省河长制规定', c: '杭州市城市河道建设和管理条例' };
  it('moves the bundles whose title names query words first, most words first, the directory’s order otherwise', () => {
    // The directory ranked 防洪法 and 河道 first for 河长 (single characters prefix-match 河道, 长江).
    expect(routeNamedFirst(['a', 'c', 'b'], ['河长'], titles)).toEqual(['b', 'a', 'c']);
    expect(routeNamedFirst(['a', 'c', 'b'], ['河道', '管理'], titles)).toEqual(['c', 'a', 'b']);
    expect(routeNamedFirst(['a', 'c', 'b'], ['城市', '河道'], titles)).toEqual(['c', 'a', 'b']);
  });
  it('leaves the order alone without titles or Han words', () => {
    expect(routeNamedFirst(['a', 'b'], ['河长'], undefined)).toEqual(['a', 'b']);
    expect(routeNamedFirst(['a', 'b'], ['c16c', '河'], titles)).toEqual(['a', 'b']);
    // A bundle the directory did not find is never added.
    expect(routeNamedFirst(['a'], ['河长'], titles)).toEqual(['a']);
  });
});

describe('widening through the directory', () => {
  /** A directory ranking bundles b0…b(n-1), each holding `per` results, that counts what it loads. */
  const fake = (n: number, per: number) => {
    const loaded: number[] = [];
    const searched: string[][] = [];
    return {
      loaded,
      searched,
      keysRanked: (from: number, to: number) => {
        const keys = Array.from({ length: Math.max(0, Math.min(n, to) - from) }, (_, i) => `b${String(from + i)}`);
        loaded.push(keys.length);
        return Promise.resolve(keys);
      },
      searchIn: (keys: readonly string[]) => {
        searched.push([...keys]);
        return Promise.resolve(keys.flatMap((k) => Array.from({ length: per }, (_, i) => `${k}-${String(i)}`)));
      },
    };
  };

  it('stops at the first step when its bundles hold enough results', async () => {
    const f = fake(100, 15);
    const { keys, results } = await widenThroughDirectory({ ...f, top: 6 });
    expect(keys).toEqual(['b0', 'b1']);
    expect(results).toHaveLength(30);
    expect(f.searched).toHaveLength(1);
  });

  it('widens step by step while too few results, up to top bundles', async () => {
    const f = fake(100, 1);
    const { keys } = await widenThroughDirectory({ ...f, top: 6, step: 2, enough: 20 });
    expect(keys).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5']);
    expect(f.searched.map((s) => s.length)).toEqual([2, 4, 6]);
    // Never more directory fragments than bundles loaded.
    expect(f.loaded.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('stops when the directory has no more bundles', async () => {
    const f = fake(3, 1);
    const { keys } = await widenThroughDirectory({ ...f, top: 6 });
    expect(keys).toEqual(['b0', 'b1', 'b2']);
    const none = fake(0, 1);
    expect(await widenThroughDirectory({ ...none, top: 6 })).toEqual({ keys: [], results: [] });
    expect(none.searched).toHaveLength(0);
  });
});

describe('index layout', () => {
  it('splits by size unless told, and forces the directory on request', () => {
    expect(indexLayout(undefined, SPLIT_FROM_RECORDS - 1)).toBe('single');
    expect(indexLayout('', SPLIT_FROM_RECORDS)).toBe('split');
    expect(indexLayout('auto', 216)).toBe('single');
    expect(indexLayout('split', 216)).toBe('split');
    expect(indexLayout(' single ', 50_000)).toBe('single');
    expect(indexLayout('directory', 216)).toBe('directory');
    expect(strategyFor(5, true)).toBe('directory');
  });
  it('names the setting and the values it takes when it is wrong', () => {
    expect(() => indexLayout('bundles', 10)).toThrow(
      /SEARCH_INDEX is "bundles": use auto .*single, split or directory/u,
    );
  });
});
