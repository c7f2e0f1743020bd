/**
 * Finds the policy in a cleaned web page: the element that holds the article, by scoring blocks
 * on the Chinese text of their own paragraphs, and the element that is its title. Government
 * pages share no markup, so the text decides and class names are hints only.
 */
import type { Element } from 'hast';
import { frameReason } from './html-frame';
import { type ElementAt, linesOf, nodesIn, words } from './html-tree';

/** Block elements that can hold the article body. */
const CANDIDATE = new Set(['div', 'article', 'section', 'td', 'main', 'body']);
/** Elements that make their content a block of its own (a paragraph holds none of them). */
const BLOCK = new Set(
  (
    'address article aside blockquote body center dd details dir div dl dt fieldset figure footer form h1 h2 h3 h4 ' +
    'h5 h6 header hr li main menu nav ol p pre section table tbody td tfoot th thead tr ul'
  ).split(' '),
);
/** Class or id words of a block that holds an article (hints only: the text decides). */
const BODY_HINT = /^(article|content|zoom|trs_editor|main-text|detail|con|text|bt_content|zhengwen)$/;
/** Words of the frame around which no article is looked for at all. */
const NO_BODY = /^(nav|navbar|menu|breadcrumbs?|crumbs?|footer|copyright|share|fenxiang|bdshare)$/;

const hanCount = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;

/** Per element: its Han characters, those inside links, and whether it holds a block. */
export interface Sums {
  han: number;
  linkHan: number;
  hasBlock: boolean;
}

/** Sums for every element of `all` (in document order), computed children before parents. */
export function sums(all: { el: Element }[]): Map<Element, Sums> {
  const out = new Map<Element, Sums>();
  for (let k = all.length - 1; k >= 0; k--) {
    const { el } = all[k] as { el: Element };
    const s: Sums = { han: 0, linkHan: 0, hasBlock: false };
    for (const c of el.children) {
      if (c.type === 'text') s.han += hanCount(c.value);
      if (c.type !== 'element') continue;
      const cs = out.get(c) as Sums;
      s.han += cs.han;
      s.linkHan += cs.linkHan;
      s.hasBlock ||= cs.hasBlock || BLOCK.has(c.tagName);
    }
    if (el.tagName === 'a') s.linkHan = s.han;
    out.set(el, s);
  }
  return out;
}

/**
 * The element that holds the article: the candidate block with the most Chinese text in its
 * own paragraphs (p, inline runs, blocks with no blocks inside), link text not counted, weighed
 * by its link density and, as a hint only, its class and id. Blocks in navigation, footers or
 * share bars are never the article.
 */
export function findBody(all: ElementAt[], sum: Map<Element, Sums>): { el?: Element | undefined; han: number } {
  const barred = new Set<Element>();
  let best = { el: undefined as Element | undefined, han: 0, score: 0 };
  for (const { el, parent } of all) {
    const w = words(el);
    if ((parent.type === 'element' && barred.has(parent)) || /^(nav|footer|aside)$/.test(el.tagName)) barred.add(el);
    if (w.some((x) => NO_BODY.test(x))) barred.add(el);
    if (!CANDIDATE.has(el.tagName) || barred.has(el)) continue;
    let han = 0;
    for (const c of el.children) {
      if (c.type === 'text') han += hanCount(c.value);
      if (c.type !== 'element' || /^(a|ul|ol|dl|table|select)$/.test(c.tagName)) continue;
      const cs = sum.get(c) as Sums;
      if (!cs.hasBlock || /^(p|pre|blockquote|center|h[3-6])$/.test(c.tagName)) han += cs.han - cs.linkHan;
    }
    const { han: total, linkHan } = sum.get(el) as Sums;
    const hint = w.some((x) => BODY_HINT.test(x)) ? 1.5 : frameReason(el) ? 0.5 : 1;
    const score = han * (1 - linkHan / Math.max(total, 1)) * hint;
    if (score > best.score) best = { el, han, score };
  }
  return best;
}

/** A heading that can be the page's title: h1, h2, or an element whose class says title. */
const isTitle = (el: Element) => /^h[12]$/.test(el.tagName) || words(el).includes('title');
/** The text of a title element on one line. */
export const titleText = (el: Element) => linesOf(el).join('');
const usableTitle = (el: Element) => hanCount(titleText(el)) > 0 && titleText(el).length <= 200;

/**
 * The element that is the policy's title: a heading at the top of the body (under 30 Han
 * characters before it), else the last heading before the body with little text (a date line,
 * a 文号, a font-size bar) between them. Headings in the page's frame (a logo in the header) are not titles.
 */
export function findTitle(pageBody: Element, body: Element, ancestors: Set<Element>): Element | undefined {
  let before = 0;
  for (const node of nodesIn(body, (el) => !isTitle(el))) {
    if (node.type === 'text') before += hanCount(node.value);
    if (node.type === 'element' && isTitle(node)) {
      if (before < 30 && usableTitle(node)) return node;
      break;
    }
  }
  let last: Element | undefined;
  let since = 0;
  const title = (el: Element) => isTitle(el) && !ancestors.has(el) && usableTitle(el);
  for (const node of nodesIn(pageBody, (el) => el !== body && !title(el) && !frameReason(el))) {
    if (node === body) return since <= 150 ? last : undefined;
    if (node.type === 'text') since += hanCount(node.value);
    if (node.type === 'element' && title(node)) [last, since] = [node, 0];
  }
  return undefined;
}

/** The page's `<title>` without the site's name after a separator ("… - 杭州市人民政府"). */
export function documentTitle(all: { el: Element }[]): string {
  const el = all.find((e) => e.el.tagName === 'title')?.el;
  const parts = el ? titleText(el).split(/\s+[-–—|｜]\s+|[_｜|]/) : [];
  return parts.map((p) => p.trim()).find((p) => p !== '') ?? '';
}
