/**
 * The metadata keys of the search index, named once: record-html.ts writes them
 * (`data-pagefind-meta`), the search page reads them from a result's fragment (`meta`).
 */

/** Keys of a provision's record, written by recordHtml. */
export const RECORD_META = {
  /** The provision's title. */
  title: 'title',
  /** Its numeral (第三条, （一）). */
  numeral: 'numeral',
  /** The division it stands in. */
  part: 'part',
  /** Its policy's short title. */
  policy: 'policy',
  /** Its policy's status (现行有效, 已失效 …). */
  status: 'status',
  /** Its award badges, joined by BADGE_SEPARATOR. */
  badges: 'badges',
  /** Its award lines, joined by BADGE_SEPARATOR. */
  awards: 'awards',
  /** Who may receive its awards, joined by BADGE_SEPARATOR. */
  recipients: 'recipients',
  /** The terms it defines, joined by BADGE_SEPARATOR. */
  defines: 'defines',
} as const;

/** Keys of a directory record (one per policy bundle), written by directoryHtml. */
export const DIRECTORY_META = {
  /** The bundle the record routes to. */
  bundle: 'bundle',
} as const;

/**
 * The key the search page adds to a fragment's metadata: the record's body, cut out of the
 * fragment's content (never indexed as metadata: see BODY_MARK).
 */
export const PAGE_META = {
  body: 'body',
} as const;

/** Every metadata key, by name. */
export const META = { ...RECORD_META, ...DIRECTORY_META, ...PAGE_META } as const;

/** A key written to a provision's record. */
export type RecordMetaKey = (typeof RECORD_META)[keyof typeof RECORD_META];

/** Any metadata key the search reads. */
export type MetaKey = (typeof META)[keyof typeof META];

/** A provision record's metadata as written: every key, each a string. */
export type RecordMeta = Record<RecordMetaKey, string>;
