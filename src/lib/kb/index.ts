import { resolve } from 'node:path';
import { loadValidContent } from '../validate/index';
import { buildKnowledgeBase, type KnowledgeBase } from './model';

/** One knowledge base per project root: tests, CLIs and benchmarks may read several. */
const cache = new Map<string, KnowledgeBase>();

/**
 * The knowledge base of the project at `root` (the working directory by default), validated and
 * derived once per process and root, for the command-line tools and tests. The site's pages read
 * theirs from the content collections (src/loaders/knowledge-base.ts).
 */
export function getKnowledgeBase(root: string = process.cwd()): KnowledgeBase {
  const key = resolve(root);
  let kb = cache.get(key);
  if (!kb) {
    kb = buildKnowledgeBase(loadValidContent(key));
    cache.set(key, kb);
  }
  return kb;
}

export type * from './model';
export { clauseKey } from './model';
