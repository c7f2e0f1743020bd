import { describe, expect, it } from 'vitest';
import { InstancePool } from '../../src/components/search/instance-pool';
import type { BundleManifest } from '../../src/lib/search/bundles';
import { fakeModule } from './helpers/fake-pagefind';

const manifest: BundleManifest = { format: 1, tag: 't1', strategy: 'directory', bundles: [], top: 4 };
const options = () => ({ noWorker: true, highlightParam: 'highlight' });
/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the Pagefind instances of the search page', () => {
  it('searches a small base through the one root instance made ahead', async () => {
    const { mod, made } = fakeModule();
    const pool = new InstancePool(mod, '/', null, options);
    pool.warm();
    expect(made).toHaveLength(1);
    made[0]?.load();
    await pool.instanceFor(null);
    await pool.instanceFor(null);
    expect(made).toHaveLength(1);
    expect(made[0]?.options).toMatchObject({ basePath: '/pagefind/', noWorker: true, highlightParam: 'highlight' });
    expect(made[0]?.merged).toEqual([]);
  });

  it('searches one index through the root instance, tagged by the build so that the preloaded entry serves it', async () => {
    // With one index, Pagefind asked again for pagefind-entry.json under a timestamp: a second
    // request on every cold search, after the page had preloaded it under the tag.
    const { mod, made } = fakeModule();
    const pool = new InstancePool(mod, '/', { ...manifest, strategy: 'single' }, options);
    pool.warm();
    expect(made).toHaveLength(1);
    made[0]?.load();
    await pool.instanceFor(null);
    expect(made[0]?.options).toMatchObject({ basePath: '/pagefind/', metaCacheTag: 't1' });
    expect(made[0]?.merged).toEqual([]);
    pool.prepare();
    await settle();
    expect(made).toHaveLength(1);
  });

  it('merges a bundle into the instance made ahead, tagged by its filter, and keeps it for the next query', async () => {
    const { mod, made } = fakeModule();
    const pool = new InstancePool(mod, '/', manifest, options);
    pool.warm();
    made[0]?.load();
    const first = await pool.instanceFor('p1');
    expect(made).toHaveLength(1);
    expect(made[0]?.options).toMatchObject({ basePath: '/pagefind/', metaCacheTag: 't1' });
    expect(made[0]?.merged).toEqual([
      {
        path: '/pagefind/b/p1/',
        options: { highlightParam: 'highlight', metaCacheTag: 't1', mergeFilter: { bundle: ['p1'] } },
      },
    ]);
    expect(await pool.instanceFor('p1')).toBe(first);
    // A page searching one policy's bundle makes no spare it would not use.
    await settle();
    expect(made).toHaveLength(1);
  });

  it('makes spares for the bundles a directory search may load: the first alone, the rest once the runtime is cached', async () => {
    const { mod, made } = fakeModule();
    const pool = new InstancePool(mod, '/', manifest, options);
    pool.prepare();
    expect(made).toHaveLength(1);
    await settle();
    // The others wait for the first one's runtime, so that a cold page fetches it once.
    expect(made).toHaveLength(1);
    made[0]?.load();
    await settle();
    expect(made).toHaveLength(manifest.top);
    for (const m of made) m.load();
    for (const key of ['p1', 'p2', 'p3', 'p4']) await pool.instanceFor(key);
    expect(made).toHaveLength(manifest.top);
    expect(made.map((m) => m.merged.map((x) => x.path))).toEqual([
      ['/pagefind/b/p1/'],
      ['/pagefind/b/p2/'],
      ['/pagefind/b/p3/'],
      ['/pagefind/b/p4/'],
    ]);
    // With no spare left, a bundle gets a new instance; asked again, the spares are made at once.
    const fifth = pool.instanceFor('p5');
    expect(made).toHaveLength(5);
    made[4]?.load();
    await fifth;
    expect(made[4]?.merged.map((x) => x.path)).toEqual(['/pagefind/b/p5/']);
    pool.prepare();
    expect(made).toHaveLength(5 + manifest.top);
  });
});
