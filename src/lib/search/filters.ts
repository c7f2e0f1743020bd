/**
 * The search filters' names, as they appear in URLs and in the index. A file of its own so
 * that the search page's script does not pull in the record builder.
 */

/** Names of the filters: industry, support type, level, part (top division), policy, kind of document, status. */
export const FILTER_KEYS = ['industry', 'type', 'level', 'part', 'policy', 'kind', 'status'] as const;
/** One filter name. */
export type FilterKey = (typeof FILTER_KEYS)[number];
