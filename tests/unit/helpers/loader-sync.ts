import { createHash } from 'node:crypto';
import type { LoaderContext } from 'astro/loaders';
import { contentLoaders, type ContentCollection } from '../../../src/loaders/content';

/** An entry of a collection's store. */
export type DataEntry = NonNullable<ReturnType<LoaderContext['store']['get']>>;

/** One in-memory store per collection, kept across syncs as Astro keeps data-store.json. */
export type Stores = Map<ContentCollection, Map<string, DataEntry>>;

/**
 * Runs every loader of src/loaders/content.ts once on the content under `root`, as one content
 * sync of Astro, filling `stores`; what the loggers report as errors goes to `errors`.
 */
export async function syncContent(root: string, stores: Stores, errors: string[] = []): Promise<string[]> {
  const loaders = contentLoaders(root);
  for (const name of Object.keys(loaders) as ContentCollection[]) {
    const map = stores.get(name) ?? new Map<string, DataEntry>();
    stores.set(name, map);
    const store = {
      get: (id: string) => map.get(id),
      set: (entry: DataEntry) => (map.set(entry.id, entry), true),
      keys: () => [...map.keys()],
      delete: (id: string) => map.delete(id),
    };
    const context = {
      collection: name,
      store,
      logger: { error: (m: string) => errors.push(m), info: () => undefined },
      generateDigest: (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex'),
    };
    await (loaders[name].load as (c: unknown) => Promise<void>)(context);
  }
  return errors;
}
