import { loadValidContent } from '../validate/index';
import { buildKnowledgeBase, type KnowledgeBase } from './model';

let cached: KnowledgeBase | undefined;

/**
 * The knowledge base of the project at `root` (the working directory by default), validated
 * and derived once per process: every page of a build reads the same object.
 */
export function getKnowledgeBase(root: string = process.cwd()): KnowledgeBase {
  cached ??= buildKnowledgeBase(loadValidContent(root));
  return cached;
}

export type * from './model';
export { clauseKey } from './model';
