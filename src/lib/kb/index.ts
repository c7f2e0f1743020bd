import { resolve } from 'node:path';
import type { RawKnowledgeBase } from '../content/load';
import { loadValidContent } from '../validate/index';
import { buildKnowledgeBase, type KnowledgeBase } from './model';

/**
 * Content validated by the build's config, handed to the pages. Astro bundles the pages into a
 * module graph of their own, so a module-level cache is not shared with astro.config.mjs; the
 * process is, and validating the same content twice per build costs time at scale.
 */
const VALIDATED = Symbol.for('policy-kb.validated-content');
const shared = globalThis as { [VALIDATED]?: Map<string, RawKnowledgeBase> };

/** Records content that passed every rule, so that getKnowledgeBase does not load and validate it again. */
export function shareValidatedContent(raw: RawKnowledgeBase): void {
  const map = shared[VALIDATED] ?? new Map<string, RawKnowledgeBase>();
  map.set(resolve(raw.root), raw);
  shared[VALIDATED] = map;
}

/** One knowledge base per project root: a build reads one, tests and benchmarks may read several. */
const cache = new Map<string, KnowledgeBase>();

/**
 * The knowledge base of the project at `root` (the working directory by default), validated
 * and derived once per process and root: every page of a build reads the same object.
 */
export function getKnowledgeBase(root: string = process.cwd()): KnowledgeBase {
  const key = resolve(root);
  let kb = cache.get(key);
  if (!kb) {
    kb = buildKnowledgeBase(shared[VALIDATED]?.get(key) ?? loadValidContent(key));
    cache.set(key, kb);
  }
  return kb;
}

export type * from './model';
export { clauseKey } from './model';
