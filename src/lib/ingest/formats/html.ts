/**
 * Reads a policy page saved from a government site: parses it with rehype-parse (parse5, the
 * WHATWG parser), finds the article body by scoring blocks on their Chinese paragraph text, and
 * writes the page as text with the innerText algorithm (hast-util-to-text). The output is the
 * title line, the body's lines, then the page's other visible text (navigation, share buttons,
 * footer) as excluded lines, so nothing readable is lost; markup that is not text is dropped and
 * counted. This file holds the bounds and runs the steps in order; each step is a file of its
 * own: measuring (html-scan.ts), cleaning (html-clean.ts), finding the body and title
 * (html-body.ts), the frame's text (html-frame.ts), on the tree helpers of html-tree.ts.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { IngestError } from '../errors';
import type { ExcludedLine, ExtractedText } from './extracted';
import { documentTitle, findBody, findTitle, sums, titleText } from './html-body';
import { sanitize } from './html-clean';
import { frameLines } from './html-frame';
import { measure, type PageSize, scanTags } from './html-scan';
import { div, elementsIn, linesOf, type Parent, replace } from './html-tree';

/** Bounds on the pages the HTML reader parses. */
export interface HtmlLimits {
  /** Largest page read, in bytes of UTF-8 (default 5 MB: a policy page with all its markup is well under 1 MB). */
  maxBytes: number;
  /**
   * Deepest nesting of elements read (default 200; real pages nest under 40). Checked by a linear
   * scan before parsing, because parse5 survives any depth but its conversion to hast recurses and
   * overflows the stack at about 2,000 levels; keep it under 1,000.
   */
  maxDepth: number;
  /** Most elements read (default 200,000). */
  maxElements: number;
}

/** The bounds used when the caller gives none. */
export const DEFAULT_HTML_LIMITS: Readonly<HtmlLimits> = {
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 200,
  maxElements: 200_000,
};

/** Fewer Han characters than this in the best block: the page holds no article. */
const MIN_ARTICLE_HAN = 50;

/**
 * Reads a saved web page as a policy's text: the title line, the article body's lines, then the
 * page's other visible text as excluded lines. Refuses (IngestError) a page beyond the bounds
 * and a page with no article in Chinese.
 */
export function readHtml(html: string, name: string, limits?: Partial<HtmlLimits>): ExtractedText {
  const { maxBytes, maxDepth, maxElements } = { ...DEFAULT_HTML_LIMITS, ...limits };
  const bytes = Buffer.byteLength(html, 'utf8');
  const mb = (n: number) => (n % 1048576 === 0 ? String(n / 1048576) : (n / 1048576).toFixed(1));
  if (bytes > maxBytes)
    throw new IngestError(`${name}: the page is ${mb(bytes)} MB, more than the ingest reads (${mb(maxBytes)} MB)`);
  const bound = ({ depth, elements }: PageSize) => {
    if (depth > maxDepth)
      throw new IngestError(`${name}: the page nests elements ${depth} deep, more than the ingest reads (${maxDepth})`);
    if (elements > maxElements)
      throw new IngestError(`${name}: the page has ${elements} elements, more than the ingest reads (${maxElements})`);
  };
  bound(scanTags(html));
  let tree: Root;
  try {
    tree = unified().use(rehypeParse, { fragment: false }).parse(html);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new IngestError(`${name}: the page nests elements too deep, more than the ingest reads (${maxDepth})`);
  }
  bound(measure(tree));
  const dropped = sanitize(tree);
  const all = elementsIn(tree);
  const body = findBody(all, sums(all));
  if (!body.el || body.han < MIN_ARTICLE_HAN)
    throw new IngestError(
      `${name}: no article text found in the page; save the policy's own page (the one with its full text), or copy the text into a .txt file`,
    );
  const parents = new Map(all.map((e) => [e.el, e.parent]));
  const ancestors = new Set<Element>();
  for (let p = parents.get(body.el); p?.type === 'element'; p = parents.get(p)) ancestors.add(p);
  const pageBody = all.find((e) => e.el.tagName === 'body')?.el ?? body.el;
  const titleEl = findTitle(pageBody, body.el, ancestors);
  const title = titleEl ? titleText(titleEl) : documentTitle(all);
  if (titleEl) replace(titleEl, parents.get(titleEl) as Parent);
  const lines = linesOf(body.el);
  if (lines[0] === title) lines.shift();
  if (title) lines.unshift(title);
  replace(body.el, parents.get(body.el) as Parent, div([]));
  const other = body.el === pageBody ? [] : frameLines(pageBody, all);
  const excluded: ExcludedLine[] = other.map((o, k) => ({ line: lines.length + k + 1, ...o }));
  return { text: [...lines, ...other.map((o) => o.text)].join('\n') + '\n', excluded, dropped };
}
