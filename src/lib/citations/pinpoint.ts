/**
 * Pinpoints as legal texts write them after the document they cite: 第十四条第二款,
 * 第二十二条第一款第（三）项, 第六十一条第（三）项, a range 第十条至第十五条, and lists that share
 * one document (第二十一条第一款、第二十二条第一款; 第二十六条和第二十八条; 第十条第一款、第二款).
 * One reader, for the site's links, the API and the checks.
 */
import { parseChineseNumeral } from '../text/numerals';

/** One place in a document: an article, and within it a paragraph (款) and an item (项). */
export interface Pinpoint {
  /** The article (条), 第十四条 → 14; null for 本条第一款 (the citing article itself). */
  article: number | null;
  /** The paragraph (款), 第二款 → 2, when named. */
  paragraph?: number;
  /** The item (项), 第（三）项 → 3, when named. */
  item?: number;
  /** The last article of a range, 第十条至第十五条 → 15. */
  through?: number;
  /** Whether the article carries 之一 (an article inserted after it): the base cannot tell it apart. */
  inserted?: boolean;
  /** The words as written, e.g. 第二十二条第一款第（三）项. */
  text: string;
  /** Offset of the words in the text searched. */
  at: number;
  /** Offset after them. */
  end: number;
}

const N = '[零〇一二三四五六七八九十百千]{1,8}';
const ARTICLE = `第(${N})条(之[一二三四五六七八九十])?`;
const PARAGRAPH = `第([一二三四五六七八九十]{1,3})款`;
const ITEM = `第[（(]?([一二三四五六七八九十]{1,3})[）)]?项`;
/** An article with its paragraph, item and range end, or a paragraph (with its item), or an item alone. */
const ELEMENT = new RegExp(
  `(?:${ARTICLE}(?:${PARAGRAPH})?(?:${ITEM})?(?:至第(${N})条)?|${PARAGRAPH}(?:${ITEM})?|${ITEM})`,
  'uy',
);
/** What joins the pinpoints of one list: 、 和 或者 或 及 以及. */
const JOINER = /(?:、|和|或者|或|以及|及)/uy;

/** A number read from the pattern's group, or undefined. */
function num(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return parseChineseNumeral(text) ?? undefined;
}

/** The pinpoint that starts exactly at `at`, given the one before it in its list, or null. */
function elementAt(text: string, at: number, before: Pinpoint | null): Pinpoint | null {
  ELEMENT.lastIndex = at;
  const m = ELEMENT.exec(text);
  if (!m) return null;
  const [whole, art, inserted, para, item, through, paraOnly, itemOfPara, itemOnly] = m;
  const base = { text: whole, at, end: at + whole.length };
  if (art !== undefined) {
    const article = num(art);
    if (article === undefined) return null;
    const p: Pinpoint = { article, ...base };
    if (inserted !== undefined) p.inserted = true;
    const pa = num(para);
    const it = num(item);
    const th = num(through);
    if (pa !== undefined) p.paragraph = pa;
    if (it !== undefined) p.item = it;
    if (th !== undefined && th > article) p.through = th;
    return p;
  }
  // A paragraph or item alone belongs to the article before it in the list (or to 本条).
  const article = before ? before.article : null;
  if (before?.through !== undefined) return null;
  if (paraOnly !== undefined) {
    const pa = num(paraOnly);
    if (pa === undefined) return null;
    const p: Pinpoint = { article, paragraph: pa, ...base };
    const it = num(itemOfPara);
    if (it !== undefined) p.item = it;
    return p;
  }
  const it = num(itemOnly);
  if (it === undefined) return null;
  const p: Pinpoint = { article, item: it, ...base };
  if (before?.paragraph !== undefined) p.paragraph = before.paragraph;
  return p;
}

/**
 * The list of pinpoints that starts exactly at `at` (right after a title or 本条例), in order;
 * empty when none starts there.
 * @param sameArticle whether the list belongs to the citing article itself (after 本条): it then
 *   names paragraphs and items only
 */
export function pinpointsAt(text: string, at: number, sameArticle = false): Pinpoint[] {
  const found: Pinpoint[] = [];
  let pos = at;
  for (;;) {
    const p = elementAt(text, pos, found.at(-1) ?? null);
    if (!p || (sameArticle && p.article !== null) || (!sameArticle && found.length === 0 && p.article === null)) break;
    found.push(p);
    JOINER.lastIndex = p.end;
    const j = JOINER.exec(text);
    if (!j) break;
    pos = p.end + j[0].length;
  }
  return found;
}
