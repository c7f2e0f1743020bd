/**
 * The search filters' names, as they appear in URLs and in the index. A file of its own so
 * that the search page's script does not pull in the record builder.
 */

/** Names of the filters: industry, support type, level, part (top division), policy, kind of document, status. */
export const FILTER_KEYS = ['industry', 'type', 'level', 'part', 'policy', 'kind', 'status'] as const;
/** One filter name. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * A filter the index carries and the form never shows (it is no FILTER_KEY, so no select and no
 * URL parameter): whether a record grants awards, and whether one of them states a sum (what its
 * badges show). The search page asks Pagefind for it to list the awards without a query, and to
 * put awards first for a question about money, without loading every result's data.
 */
export const AWARD_FILTER = 'award';

/** The values of AWARD_FILTER. */
export const AWARD_VALUES = {
  /** The record grants an award (it has award lines). */
  any: '有奖励',
  /** One of its awards states a sum (it has badges). */
  sum: '载明金额',
} as const;
