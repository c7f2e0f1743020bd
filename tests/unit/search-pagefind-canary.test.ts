/**
 * Upgrade canary: what the search page relies on in Pagefind beyond its documentation, checked
 * on a tiny real index built by the installed Pagefind and searched by its own pagefind.js (in
 * Node, over HTTP on 127.0.0.1, as zh-CN). Each test names one behaviour: an upgrade that
 * changes it fails there, and the test says which code depends on it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefindNode from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundles, type BundleJob } from '../../src/integrations/pagefind-bundles';
import { BUNDLE_FILTER, SORT_FILE, sortTable, valueAtRank } from '../../src/lib/search/bundles';
import { RECORD_META } from '../../src/lib/search/meta-keys';
import { BODY_MARK, bodyFromContent, recordHtml } from '../../src/lib/search/record-html';
import type { SearchRecord } from '../../src/lib/search/records';
import { searchRecord } from './helpers/search-record';
import type { PagefindInstance, PagefindModule } from '../../src/components/search/pagefind-types';

const VERSION = (JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string }).version;

/** A record of the fixture base. */
function record(url: string, policy: string, title: string, body: string, maxYuan: number): SearchRecord {
  return searchRecord(policy, body, { url, title, maxYuan, filters: { policy: [policy] } });
}

/** Two bundles: p1 of three records, p2 of one whose award is the largest. */
const P1 = [
  record('/a/1/', '甲', '绿色工厂奖励', '对新认定的国家级绿色工厂给予一次性资助', 500_000),
  record('/a/2/', '甲', '单项冠军奖励', '对制造业单项冠军企业给予奖励', 2_000_000),
  record('/a/3/', '甲', '首台套补助', '对首台套装备给予补助', 100_000),
];
const P2 = [record('/b/1/', '乙', '专精特新奖励', '对专精特新企业和绿色工厂给予资助', 10_000_000)];
const BY_URL = new Map([...P1, ...P2].map((r) => [r.url, r]));
/** A fragment's URL as a path: a bundle merged from an absolute basePath gives absolute URLs. */
const pathOf = (url: string) => new URL(url, 'http://x').pathname;

const job = (key: string, records: readonly SearchRecord[]): BundleJob => ({
  key,
  pages: records.map((r) => ({ url: r.url, content: recordHtml(r) })),
  sortValues: records.map((r) => r.maxYuan),
});

let dir = '';
let server: Server;
let origin = '';
/** Paths (with query strings) the server was asked for, in order. */
const asked: string[] = [];
let mod: PagefindModule;

/** Serves /pagefind/ from the root bundle and /pagefind/b/<key>/ from each bundle. */
function file(urlPath: string): string | null {
  const m = /^\/pagefind\/(?:b\/([^/]+)\/)?(.+)$/u.exec(urlPath);
  if (!m) return null;
  const f = path.join(dir, m[1] ?? 'root', m[2] ?? '');
  return existsSync(f) && statSync(f).isFile() ? f : null;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pagefind-canary-'));
  const root: BundleJob = {
    key: 'root',
    pages: [
      { url: '/', content: '<html lang="zh-CN"><body><main data-pagefind-body><p>政策库</p></main></body></html>' },
    ],
    runtime: ['pagefind.js', 'wasm.unknown.pagefind'],
  };
  await buildBundles([root, job('p1', P1), job('p2', P2)], dir, VERSION, 1);
  await pagefindNode.close();
  server = createServer((req, res) => {
    asked.push(req.url ?? '');
    const f = file((req.url ?? '').split('?')[0] ?? '');
    if (!f) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'access-control-allow-origin': '*' }).end(readFileSync(f));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${String(typeof address === 'object' && address ? address.port : 0)}`;
  mod = (await import(pathToFileURL(path.join(dir, 'root', 'pagefind.js')).href)) as PagefindModule;
  // createInstance takes the language from <html lang> (a document set before the import would
  // make pagefind.js think it is in a page): without zh-CN it skips Chinese segmentation.
  Object.assign(globalThis, { document: { querySelector: () => ({ getAttribute: () => 'zh-CN' }) } });
}, 60_000);

afterAll(async () => {
  Reflect.deleteProperty(globalThis, 'document');
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** A root instance as the search page makes it, with `keys` merged, each tagged by its bundle filter. */
async function instance(keys: readonly string[], tag = 'canary'): Promise<PagefindInstance> {
  const pf = mod.createInstance({ basePath: `${origin}/pagefind/`, noWorker: true, metaCacheTag: tag });
  await pf.search('');
  for (const key of keys)
    await pf.mergeIndex(`${origin}/pagefind/b/${key}/`, { metaCacheTag: tag, mergeFilter: { [BUNDLE_FILTER]: [key] } });
  return pf;
}

describe(`Pagefind ${VERSION}: behaviour the search page relies on`, () => {
  it("search('') is a readiness probe: it resolves once the runtime is loaded, and fetches no index chunk or fragment (instance-pool.ts makeRoot)", async () => {
    const from = asked.length;
    const pf = mod.createInstance({ basePath: `${origin}/pagefind/`, noWorker: true, metaCacheTag: 'probe' });
    await pf.search('');
    const requests = asked.slice(from).map((u) => u.split('?')[0]);
    expect(requests).toContain('/pagefind/wasm.unknown.pagefind');
    expect(requests.filter((u) => /\/(index|fragment|filter)\//u.test(u ?? ''))).toEqual([]);
  });

  it('the entry is asked for as pagefind-entry.json?ts=<metaCacheTag> (the preload hints of integrations/pagefind.ts)', async () => {
    const from = asked.length;
    await instance([], 'tag123');
    expect(asked.slice(from)).toContain('/pagefind/pagefind-entry.json?ts=tag123');
  });

  it("the meta file is pagefind.<the entry's language hash>.pf_meta, asked for without a query string (the preload hints)", async () => {
    const entry = JSON.parse(readFileSync(path.join(dir, 'root', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    const hashes = Object.values(entry.languages).map((l) => l.hash);
    expect(hashes.length).toBeGreaterThan(0);
    const from = asked.length;
    await instance([], 'meta');
    const metas = asked.slice(from).filter((u) => u.includes('.pf_meta'));
    expect(metas).toEqual(hashes.map((h) => `/pagefind/pagefind.${h}.pf_meta`));
  });

  it("a sorted result's score is its rank in its bundle's ascending sort order, negated for asc (bundles.ts valueAtRank)", async () => {
    const pf = await instance(['p1']);
    expect(existsSync(path.join(dir, 'p1', SORT_FILE))).toBe(true);
    const table = sortTable(P1.map((r) => r.maxYuan));
    for (const order of ['desc', 'asc'] as const) {
      const { results } = await pf.search(null, { filters: { [BUNDLE_FILTER]: 'p1' }, sort: { award: order } });
      expect(results).toHaveLength(P1.length);
      for (const r of results) {
        const { url } = await r.data();
        expect(valueAtRank(table, r.score), `${order} ${url}`).toBe(BY_URL.get(pathOf(url))?.maxYuan);
      }
    }
  });

  it('¶ survives in a fragment’s content, which pagefind.js hands over without the U+200B the index holds between Chinese words (record-html.ts bodyFromContent, match.ts indexedText)', async () => {
    // The index file: jieba segmented the record, each word followed by U+200B.
    const fragments = path.join(dir, 'p1', 'fragment');
    const stored = readdirSync(fragments).map((f) =>
      gunzipSync(readFileSync(path.join(fragments, f))).toString('utf8'),
    );
    expect(stored.some((t) => t.includes(`绿色\u200b工厂\u200b`))).toBe(true);
    // The browser's view: found through a Chinese query segmented as the index was.
    const pf = await instance(['p1']);
    const { results } = await pf.search('绿色工厂', { filters: { [BUNDLE_FILTER]: 'p1' } });
    expect(results).toHaveLength(1);
    const content = (await results[0]?.data())?.content ?? '';
    expect(content).toContain(BODY_MARK);
    expect(content).not.toContain('\u200b');
    expect(bodyFromContent(content)).toBe(P1[0]?.body);
  });

  it('a result and its fragment have the fields pagefind-types.ts declares', async () => {
    const pf = await instance(['p1']);
    const [r] = (await pf.search('奖励', { filters: { [BUNDLE_FILTER]: 'p1' } })).results;
    expect(typeof r?.id).toBe('string');
    expect(typeof r?.score).toBe('number');
    const d = await r?.data();
    expect(d).toMatchObject({
      url: expect.any(String) as unknown,
      content: expect.any(String) as unknown,
      excerpt: expect.any(String) as unknown,
      meta: expect.any(Object) as unknown,
      // The synthetic filter of mergeFilter is not among the fragment's filters.
      filters: { policy: ['甲'] },
    });
    expect(Object.keys(d?.meta ?? {})).toEqual(expect.arrayContaining(Object.values(RECORD_META)));
  });
});

describe(`Pagefind ${VERSION}: why BundledSearch merges bundles itself rather than through mergeIndex alone`, () => {
  it('merged indexes rank a sorted search by each index’s own ranks, not by value (the largest award is not first)', async () => {
    const pf = await instance(['p1', 'p2']);
    const { results } = await pf.search(null, { sort: { award: 'desc' } });
    const found = await Promise.all(results.map(async (r) => BY_URL.get(pathOf((await r.data()).url))?.maxYuan));
    // The root bundle's placeholder has no sort value: only the records count.
    const values = found.filter((v) => v !== undefined);
    expect(values).toHaveLength(P1.length + P2.length);
    const byValue = [...values].sort((a, b) => b - a);
    expect(values).not.toEqual(byValue);
  });

  it('merged indexes drop a word per index: a record lacking a word found only elsewhere is still a result', async () => {
    const pf = await instance(['p1', 'p2']);
    const { results } = await pf.search('绿色工厂 单项冠军');
    const urls = await Promise.all(results.map(async (r) => pathOf((await r.data()).url)));
    expect(urls).toEqual(['/b/1/']);
  });
});
