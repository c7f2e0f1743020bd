import { afterEach, describe, expect, it, vi } from 'vitest';
import { BundledSearch } from '../../src/components/search/bundled-search';
import { loadPagefind } from '../../src/components/search/pagefind-api';
import { BODY_MARK } from '../../src/lib/search/record-html';
import { DIRECTORY_KEY, type BundleManifest } from '../../src/lib/search/bundles';
import { fakeModule, result, type Answer } from './helpers/fake-pagefind';

/** Serves JSON files by path (the query string ignored); a path mapped to a number answers that HTTP status. */
function serve(files: Record<string, unknown>) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    const path = url.split('?')[0] ?? url;
    asked.push(path);
    const body = files[path];
    if (body === undefined) return Promise.resolve(new Response('not found', { status: 404 }));
    if (typeof body === 'number') return Promise.resolve(new Response('error', { status: body }));
    return Promise.resolve(Response.json(body));
  });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const all = (bundles: string[]): BundleManifest => ({ format: 2, tag: 't1', strategy: 'all', bundles, top: 4 });

/** Answers from a table: bundle → term → results (a term missing: none). */
const table =
  (t: Record<string, Record<string, ReturnType<typeof result>[]>>): Answer =>
  (bundle, term) =>
    t[bundle ?? '']?.[term ?? ''] ?? [];

describe('BundledSearch over the bundles of a split index', () => {
  it('searches a single index through the root instance, with the body cut out of the content', async () => {
    const content = `第一条 ${BODY_MARK}给予\u200b资助${BODY_MARK} 资助 奖励`;
    const { mod, made } = fakeModule(table({ '': { 资助: [result('a', 2, { content })] } }), true);
    const pf = new BundledSearch(mod, '/', null);
    const { results, scope } = await pf.search('资助');
    expect(made).toHaveLength(1);
    expect(results.map((r) => r.id)).toEqual(['a']);
    expect((await results[0]?.data())?.meta['body']).toBe('给予资助');
    expect(scope).toBeUndefined();
  });

  it('merges the bundles of an unsorted search by score, each searched through its filter', async () => {
    const { mod, made } = fakeModule(
      table({ p1: { 资助: [result('a', 1), result('b', 5)] }, p2: { 资助: [result('c', 3)] } }),
      true,
    );
    const pf = new BundledSearch(mod, '/', all(['p1', 'p2']));
    const { results } = await pf.search('资助', { filters: { level: '市级' } });
    expect(results.map((r) => r.id)).toEqual(['b', 'c', 'a']);
    const filters = made.flatMap((m) => m.searches.filter((s) => s.term === '资助').map((s) => s.options.filters));
    expect(filters).toEqual(
      expect.arrayContaining([
        { level: '市级', bundle: 'p1' },
        { level: '市级', bundle: 'p2' },
      ]),
    );
  });

  it('keeps a result of several bundles only when it holds every word that some bundle holds', async () => {
    const { mod } = fakeModule(
      table({
        p1: {
          'alpha beta': [result('a', 2), result('b', 1)],
          alpha: [result('a', 1), result('b', 1)],
          beta: [result('a', 1)],
        },
        p2: { 'alpha beta': [result('c', 3)], alpha: [result('c', 1)] },
      }),
      true,
    );
    const pf = new BundledSearch(mod, '/', all(['p1', 'p2']));
    // Pagefind drops beta in p2, where it matches nothing: c holds alpha alone.
    expect((await pf.search('alpha beta')).results.map((r) => r.id)).toEqual(['a']);
  });

  it('orders a sorted search by the values its ranks stand for in each bundle (sort.json)', async () => {
    // Pagefind scores a sorted result by its rank in its bundle's ascending order.
    const { mod } = fakeModule(
      table({ p1: { '': [result('a', 1), result('b', 0)] }, p2: { '': [result('c', 0)] } }),
      true,
    );
    serve({ '/pagefind/b/p1/sort.json': [5, 100], '/pagefind/b/p2/sort.json': [50] });
    const pf = new BundledSearch(mod, '/', all(['p1', 'p2']));
    const sorted = await pf.search('', { sort: { award: 'desc' } });
    expect(sorted.results.map((r) => r.id)).toEqual(['a', 'c', 'b']);
    const asc = await pf.search('', { sort: { award: 'asc' } });
    expect(asc.results.map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('fails a sorted search whose sort table does not load, and fetches the table again on the next query', async () => {
    const { mod } = fakeModule(
      table({ p1: { '': [result('a', 1), result('b', 0)] }, p2: { '': [result('c', 0)] } }),
      true,
    );
    const asked = serve({ '/pagefind/b/p1/sort.json': [5, 100], '/pagefind/b/p2/sort.json': 503 });
    const pf = new BundledSearch(mod, '/', all(['p1', 'p2']));
    await expect(pf.search('', { sort: { award: 'desc' } })).rejects.toThrow(
      '/pagefind/b/p2/sort.json?ts=t1: HTTP 503',
    );
    serve({ '/pagefind/b/p1/sort.json': [5, 100], '/pagefind/b/p2/sort.json': [50] });
    const again = await pf.search('', { sort: { award: 'desc' } });
    expect(again.results.map((r) => r.id)).toEqual(['a', 'c', 'b']);
    // The table fetched before is kept; the failed one was not.
    expect(asked.filter((u) => u.endsWith('p1/sort.json'))).toHaveLength(1);
  });

  it('asks the directory which bundles to search, names them from keys.json or else the fragment, and says the scope', async () => {
    const manifest: BundleManifest = { format: 2, tag: 't1', strategy: 'directory', bundles: [], top: 2 };
    const { mod } = fakeModule(
      table({
        [DIRECTORY_KEY]: {
          资助: [result('d1', 9), result('d2', 8, { meta: { bundle: 'p2' } }), result('d3', 7)],
        },
        p1: { 资助: [result('a', 1)] },
        p2: { 资助: [result('c', 2)] },
        p3: { 资助: [result('e', 3)] },
      }),
      true,
    );
    // keys.json names d1 only; d2 names its bundle in its fragment.
    serve({ '/pagefind/b/directory/keys.json': { d1: 'p1', d3: 'p3' } });
    const pf = new BundledSearch(mod, '/', manifest);
    const { results, scope } = await pf.search('资助');
    expect(results.map((r) => r.id)).toEqual(['c', 'a']);
    expect(scope).toEqual({ policies: 2, of: 3 });
  });

  it('finds the bundles from the fragments when keys.json does not load', async () => {
    const manifest: BundleManifest = { format: 2, tag: 't1', strategy: 'directory', bundles: [], top: 2 };
    const { mod } = fakeModule(
      table({
        [DIRECTORY_KEY]: { 资助: [result('d1', 9, { meta: { bundle: 'p1' } })] },
        p1: { 资助: [result('a', 1)] },
      }),
      true,
    );
    serve({ '/pagefind/b/directory/keys.json': 500 });
    const pf = new BundledSearch(mod, '/', manifest);
    expect((await pf.search('资助')).results.map((r) => r.id)).toEqual(['a']);
  });
});

describe('loading Pagefind', () => {
  it('tries again on the next query after a failed load, then keeps the searcher', async () => {
    serve({});
    const broken = () => Promise.reject(new Error('pagefind.js: network error'));
    await expect(loadPagefind('/', broken)).rejects.toThrow('network error');
    // A manifest that fails (not a missing one) fails the load too.
    serve({ '/pagefind/bundles.json': 502 });
    const { mod } = fakeModule(() => [], true);
    await expect(loadPagefind('/', () => Promise.resolve(mod))).rejects.toThrow('bundles.json: HTTP 502');
    serve({});
    let imports = 0;
    const working = () => {
      imports += 1;
      return Promise.resolve(mod);
    };
    const first = await loadPagefind('/', working);
    expect(await loadPagefind('/', working)).toBe(first);
    expect(imports).toBe(1);
  });
});
