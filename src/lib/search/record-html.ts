/**
 * Renders a search record as the small HTML document that Pagefind indexes. HTML rather than
 * a custom record because only HTML carries weights: the title counts most, award conditions
 * more than running text, added synonyms least, so that the clause a query names ranks first.
 */
import { DIRECTORY_META, RECORD_META, type RecordMeta } from './meta-keys';
import type { SearchRecord } from './records';
import { bridgeWords, distinctIndexWords, type Segmenters } from './index-words';

/** How much each part of a record counts in ranking (Pagefind's default is 1; h1 gets 7). */
export const WEIGHTS = { title: 10, awards: 2, body: 1, citations: 1, synonyms: 0.5, bridge: 0.5 } as const;

/**
 * Weights of a directory record: the policy's own title above its provisions' headings, so
 * that a query naming a policy's subject routes to that policy first (粮食安全 to the
 * 粮食安全保障条例 before the policies that mention food security once).
 */
export const DIRECTORY_WEIGHTS = { policyTitle: 10, headings: 3, body: 1, synonyms: 0.5 } as const;

/** The texts of a record that the index holds as words (its bridge is cut from them). */
function indexedTexts(r: SearchRecord): string[] {
  return [r.title, r.body, ...r.awards, ...r.citations, ...r.synonyms];
}

/** Escapes text for HTML content and attribute values. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A metadata, filter or sort entry read from the `content` attribute (values may hold commas). */
function attr(kind: 'meta' | 'filter' | 'sort', key: string, value: string): string {
  return `<meta data-pagefind-${kind}="${esc(key)}[content]" content="${esc(value)}">`;
}

/** A weighted paragraph, or nothing when empty. */
function para(weight: number, words: readonly string[]): string {
  return words.length === 0 ? '' : `<p data-pagefind-weight="${String(weight)}">${esc(words.join(' '))}</p>`;
}

/**
 * Marks the body's ends in the indexed text. Pagefind indexes every metadata field too, so a
 * `body` metadata would index the body twice (measured: 28 % of the index, 16 % of each
 * fragment); the page cuts the body out of the fragment's content between these marks instead
 * (bodyFromContent). Punctuation: Pagefind keeps it in the content and indexes no word for it.
 */
export const BODY_MARK = '¶';

/**
 * The body of a record from its fragment's content: the text between the two BODY_MARKs, without
 * the zero-width spaces Pagefind puts between Chinese words. Null when the content has no marks
 * (an index built before them).
 */
export function bodyFromContent(content: string): string | null {
  const start = content.indexOf(BODY_MARK);
  const end = content.indexOf(BODY_MARK, start + 1);
  if (start < 0 || end < 0) return null;
  return content
    .slice(start + 1, end)
    .replace(/\u200b/gu, '')
    .trim();
}

/** Separator of the badges and of the award lines in the metadata (amount texts hold commas, never this). */
export const BADGE_SEPARATOR = '|';

/** A record's body, which must not hold the mark that delimits it. */
function bodyText(r: SearchRecord): string {
  if (r.body.includes(BODY_MARK))
    throw new Error(`${r.url}: the body holds ${BODY_MARK}, which the search index uses to mark the body's ends`);
  return r.body;
}

/**
 * The HTML Pagefind indexes for a record. Metadata: RECORD_META (award lines, recipients and
 * defined terms for re-ranking); the body between BODY_MARKs (for excerpts without the added words); filters
 * one element per value; sort by the largest award.
 */
export function recordHtml(r: SearchRecord, seg?: Segmenters, cache?: Map<string, string[]>): string {
  const meta: RecordMeta = {
    [RECORD_META.title]: r.title,
    [RECORD_META.numeral]: r.numeral,
    [RECORD_META.part]: r.part,
    [RECORD_META.policy]: r.policy,
    [RECORD_META.status]: r.status,
    [RECORD_META.badges]: r.badges.join(BADGE_SEPARATOR),
    [RECORD_META.awards]: r.awardLines.join(BADGE_SEPARATOR),
    [RECORD_META.recipients]: r.recipients.join(BADGE_SEPARATOR),
    [RECORD_META.defines]: r.defines.join(BADGE_SEPARATOR),
  };
  const head = [
    ...Object.entries(meta).map(([k, v]) => attr('meta', k, v)),
    ...Object.entries(r.filters).flatMap(([k, vs]) => vs.map((v) => attr('filter', k, v))),
    attr('sort', 'award', String(r.maxYuan)),
  ];
  return [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${esc(r.title)}</title>`,
    ...head,
    '</head><body><main data-pagefind-body>',
    `<h1 data-pagefind-weight="${String(WEIGHTS.title)}">${esc(r.title)}</h1>`,
    para(WEIGHTS.body, [`${BODY_MARK}${bodyText(r)}${BODY_MARK}`]),
    para(WEIGHTS.awards, r.awards),
    para(WEIGHTS.citations, r.citations),
    para(WEIGHTS.synonyms, r.synonyms),
    para(WEIGHTS.bridge, seg ? bridgeWords(indexedTexts(r).join(' '), seg, cache) : []),
    '</main></body></html>',
  ].join('');
}

/**
 * The version of directoryHtml's output: part of the cached directory pages' names and of the
 * directory's hash, so that a change to how the directory is written re-makes every page (the
 * pages are otherwise kept by their policy's hash, which does not see the code). Raise it with
 * any change to directoryHtml.
 */
export const DIRECTORY_FORMAT = 2;

/**
 * The directory record of a bundle: the words of its records as Pagefind indexes them (the index
 * segmenter's, and the bridge the query segmenter needs), each once (distinctIndexWords), its
 * policy's title weighted above its provisions' headings, and the union of their filters. It only
 * routes a query to the bundles worth loading.
 */
export function directoryHtml(bundle: string, records: readonly SearchRecord[], seg: Segmenters): string {
  const filters = new Map<string, Set<string>>();
  for (const r of records)
    for (const [k, vs] of Object.entries(r.filters))
      for (const v of vs) (filters.get(k) ?? filters.set(k, new Set()).get(k))?.add(v);
  const policy = records[0]?.policy ?? '';
  const titleWords = [...new Set([...seg.index(policy), ...bridgeWords(policy, seg)])];
  const headings = distinctIndexWords(
    records.map((r) => r.title),
    seg.index,
    new Set(titleWords),
  );
  const texts = records.flatMap((r) => [r.body, ...r.awards, ...r.citations]);
  const cache = new Map<string, string[]>();
  const rest = distinctIndexWords(texts, seg.index, new Set([...titleWords, ...headings]));
  const bridge = distinctIndexWords(
    texts.map((t) => bridgeWords(t, seg, cache).join(' ')),
    (t) => t.split(' ').filter((w) => w.length > 0),
    new Set([...titleWords, ...headings, ...rest]),
  );
  const synonyms = [...new Set(records.flatMap((r) => r.synonyms.flatMap(seg.index)))];
  return [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${esc(bundle)}</title>`,
    attr('meta', DIRECTORY_META.bundle, bundle),
    ...[...filters].flatMap(([k, vs]) => [...vs].map((v) => attr('filter', k, v))),
    // A search sorted by award asks the directory for the policies with the largest awards first.
    attr('sort', 'award', String(Math.max(0, ...records.map((r) => r.maxYuan)))),
    '</head><body><main data-pagefind-body>',
    para(DIRECTORY_WEIGHTS.policyTitle, titleWords),
    para(DIRECTORY_WEIGHTS.headings, headings),
    para(DIRECTORY_WEIGHTS.body, [...rest, ...bridge]),
    para(DIRECTORY_WEIGHTS.synonyms, synonyms),
    '</main></body></html>',
  ].join('');
}
