import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildBundles,
  cachedText,
  installBundle,
  pruneTexts,
  type BundleJob,
} from '../../src/integrations/pagefind-bundles';

const dir = mkdtempSync(path.join(tmpdir(), 'search-bundles-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const page = (url: string, text: string) => ({
  url,
  content: `<!doctype html><html lang="zh-CN"><head><title>${text}</title></head><body><main data-pagefind-body><p>${text}</p></main></body></html>`,
});
const job = (key: string, text: string): BundleJob => ({
  key,
  pages: [page(`/policies/${key}/1/`, text)],
  sortValues: [2, 1],
});

describe('building search bundles', () => {
  it('re-indexes only the bundles whose records changed, drops the removed ones, and installs the index files only', async () => {
    const cache = path.join(dir, 'cache');
    const first = await buildBundles([job('pa', '绿色工厂给予资助'), job('pb', '单项冠军给予奖励')], cache, 'test');
    expect(first.built.sort()).toEqual(['pa', 'pb']);
    const second = await buildBundles(
      [job('pa', '绿色工厂给予资助'), job('pb', '单项冠军给予奖励'), job('pc', '集成电路')],
      cache,
      'test',
    );
    expect(second).toMatchObject({ built: ['pc'], reused: ['pa', 'pb'] });
    const third = await buildBundles([job('pa', '绿色工厂给予资助（修订）'), job('pc', '集成电路')], cache, 'test');
    expect(third).toMatchObject({ built: ['pa'], reused: ['pc'] });
    expect(existsSync(path.join(cache, 'pb'))).toBe(false);

    const out = path.join(dir, 'dist', 'pagefind', 'b', 'pa');
    installBundle(path.join(cache, 'pa'), out);
    expect(existsSync(path.join(out, 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(path.join(out, 'pagefind-ui.js'))).toBe(false);
    expect(JSON.parse(readFileSync(path.join(out, 'sort.json'), 'utf8'))).toEqual([1, 2]);
  }, 60_000);

  it("writes the key each record names by the record's Pagefind id, the id search results carry", async () => {
    const cache = path.join(dir, 'keys');
    const pages = [page('/pagefind/b/pa/', '绿色工厂给予资助'), page('/pagefind/b/pb/', '单项冠军给予奖励')];
    await buildBundles([{ key: 'directory', pages, keyOfUrl: (url) => url.split('/')[3] ?? '' }], cache, 'test');
    const keys = JSON.parse(readFileSync(path.join(cache, 'directory', 'keys.json'), 'utf8')) as Record<string, string>;
    expect(Object.values(keys).sort()).toEqual(['pa', 'pb']);
    // A result's id is the name of its fragment file.
    const fragments = readdirSync(path.join(cache, 'directory', 'fragment')).map((f) =>
      f.replace(/\.pf_fragment$/, ''),
    );
    expect(Object.keys(keys).sort()).toEqual(fragments.sort());
  }, 60_000);

  it('makes lazy pages only when their inputs changed, and keeps its own dot caches', async () => {
    const cache = path.join(dir, 'lazy');
    let made = 0;
    const lazy = (inputs: string): BundleJob => ({
      key: 'directory',
      inputs,
      pages: () => {
        made++;
        return [page('/pagefind/b/pa/', `目录${inputs}`)];
      },
    });
    const texts = path.join(cache, '.pages');
    expect(cachedText(texts, 'pa.1.html', () => '甲')).toBe('甲');
    expect(cachedText(texts, 'pa.1.html', () => '乙')).toBe('甲');
    await buildBundles([lazy('pa:1')], cache, 'test');
    await buildBundles([lazy('pa:1')], cache, 'test');
    expect(made).toBe(1);
    await buildBundles([lazy('pa:2')], cache, 'test');
    expect(made).toBe(2);
    expect(existsSync(path.join(texts, 'pa.1.html'))).toBe(true);
    pruneTexts(texts, new Set(['pa.2.html']));
    expect(existsSync(path.join(texts, 'pa.1.html'))).toBe(false);
  }, 60_000);
});
