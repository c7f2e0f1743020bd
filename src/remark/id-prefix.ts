import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** Options of rehypeIdPrefix. */
export interface IdPrefixOptions {
  /** Put before every id, e.g. "clause-9-" makes para-1 clause-9-para-1. */
  prefix: string;
}

/**
 * Prefixes every id of a fragment, so that a page showing many provisions (the policy's full
 * text) keeps each id unique: each provision numbers its 款, 项 and sentences from 1.
 */
export const rehypeIdPrefix: Plugin<[Readonly<IdPrefixOptions>], Root> = (options) => (tree) => {
  visit(tree, 'element', (node) => {
    const id = node.properties['id'];
    if (typeof id === 'string' && id !== '') node.properties['id'] = options.prefix + id;
  });
};
