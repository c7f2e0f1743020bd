/**
 * A fake of Pagefind's module (pagefind.js) for the search page's own code: instances that load
 * their runtime when a test says so (or at once), record what is merged into them and what is
 * searched, and answer searches from a function of the merged bundle, the term and the options.
 */
import { keyOfBundleUrl } from '../../../src/lib/search/bundles';
import type {
  PagefindIndexOptions,
  PagefindModule,
  PagefindSearchFragment,
  PagefindSearchOptions,
  PagefindSearchResult,
} from '../../../src/components/search/pagefind-types';

/** An instance made by the fake. */
export interface FakeInstance {
  options: PagefindIndexOptions;
  merged: { path: string; options: PagefindIndexOptions }[];
  searches: { term: string | null; options: PagefindSearchOptions }[];
  /** Loads the instance's runtime: merging and searching wait for it, as in Pagefind. */
  load: () => void;
}

/** Answers a search in an instance: `bundle` is the key of the bundle merged into it (null: none). */
export type Answer = (
  bundle: string | null,
  term: string | null,
  options: PagefindSearchOptions,
) => PagefindSearchResult[];

/** A fake Pagefind module; with `loaded`, every instance's runtime is loaded from the start. */
export function fakeModule(answer: Answer = () => [], loaded = false) {
  const made: FakeInstance[] = [];
  const mod: PagefindModule = {
    createInstance: (options) => {
      let load = () => {};
      const ready = new Promise<void>((resolve) => {
        load = resolve;
      });
      if (loaded) load();
      const inst: FakeInstance = { options, merged: [], searches: [], load };
      made.push(inst);
      return {
        mergeIndex: async (path, o) => {
          await ready;
          inst.merged.push({ path, options: o });
        },
        search: async (term, o = {}) => {
          await ready;
          inst.searches.push({ term, options: o });
          const last = inst.merged.at(-1);
          return { results: answer(last ? keyOfBundleUrl(last.path) : null, term, o) };
        },
      };
    },
  };
  return { mod, made };
}

/** A result as Pagefind gives it, with its fragment. */
export function result(
  id: string,
  score: number,
  fragment: Partial<PagefindSearchFragment> = {},
): PagefindSearchResult {
  return {
    id,
    score,
    data: () => Promise.resolve({ url: `/${id}/`, content: '', excerpt: '', meta: {}, filters: {}, ...fragment }),
  };
}
