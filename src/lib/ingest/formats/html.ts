/**
 * Reads a policy page saved from a government site: parses it with rehype-parse (parse5, the
 * WHATWG parser), finds the article body by scoring blocks on their Chinese paragraph text, and
 * writes the page as text with the innerText algorithm (hast-util-to-text). The output is the
 * title line, the body's lines, then the page's other visible text (navigation, share buttons,
 * footer) as excluded lines, so nothing readable is lost; markup that is not text is dropped and
 * counted.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { IngestError } from '../errors';
import type { ExcludedLine, ExtractedText } from './extracted';

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

const VOID = new Set(
  'area base br col embed hr img input keygen link meta param source track wbr basefont bgsound frame'.split(' '),
);
/** Elements whose content the parser reads as text up to their end tag. */
const RAW_TEXT = new Set('script style textarea title xmp iframe noembed noframes noscript'.split(' '));
const SPECIAL = new Set(
  (
    'address applet area article aside base blockquote body br button caption center col colgroup dd details dir div ' +
    'dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html ' +
    'iframe img input li link listing main marquee menu meta nav noembed noframes noscript object ol p param ' +
    'plaintext pre script search section select source style summary table tbody td template textarea tfoot th ' +
    'thead title tr track ul wbr xmp'
  ).split(' '),
);
const SCOPE = new Set('applet caption html table td th marquee object template'.split(' '));
const CLOSES_P = new Set(
  (
    'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 ' +
    'h3 h4 h5 h6 header hgroup hr listing main menu nav ol p pre search section summary table ul xmp'
  ).split(' '),
);
const HEADING = /^h[1-6]$/;
const FORMATTING = new Set('a b big code em font i nobr s small strike strong tt u'.split(' '));

/**
 * The nesting depth and element count of a page, from one linear scan of its tags that follows
 * the parser's main rules (void and raw-text elements, implied end tags, end tags out of scope),
 * so that a page too deep for the recursive hast conversion is refused before it is parsed. The
 * open elements are kept with, per name, the positions where they are open, so that every
 * lookup is constant time and the scan stays linear even on a 100,000-deep page.
 */
export function scanTags(html: string): { depth: number; elements: number } {
  const stack: string[] = [];
  const at = new Map<string, number[]>();
  const special: number[] = [];
  const stopLi: number[] = [];
  const stopDd: number[] = [];
  let dead = 0;
  let depth = 0;
  let elements = 0;
  let foreign = 0;
  const last = (names: readonly string[]) => Math.max(-1, ...names.map((n) => at.get(n)?.at(-1) ?? -1));
  const push = (name: string) => {
    const index = stack.push(name) - 1;
    const open = at.get(name);
    if (open) open.push(index);
    else at.set(name, [index]);
    if (SPECIAL.has(name)) special.push(index);
    if (SPECIAL.has(name) && !/^(address|div|p|li)$/.test(name)) stopLi.push(index);
    if (SPECIAL.has(name) && !/^(address|div|p|dd|dt)$/.test(name)) stopDd.push(index);
    if (name === 'svg' || name === 'math') foreign++;
    depth = Math.max(depth, stack.length - dead);
  };
  /** Pops up to and including the nearest open element named one of `names` above `stop`. */
  const closeTo = (names: readonly string[], stop: number) => {
    const k = last(names);
    if (k <= stop) return;
    while (stack.length > k) {
      const name = stack.pop() as string;
      at.get(name)?.pop();
      if (special.at(-1) === stack.length) special.pop();
      if (stopLi.at(-1) === stack.length) stopLi.pop();
      if (stopDd.at(-1) === stack.length) stopDd.pop();
      if (name === '') dead--;
      if (name === 'svg' || name === 'math') foreign--;
    }
  };
  const scope = (...extra: string[]) => last([...SCOPE, ...extra]);
  let i = 0;
  while ((i = html.indexOf('<', i)) !== -1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = end + 3;
      continue;
    }
    const closing = html[i + 1] === '/';
    const m = /^[A-Za-z][^\s/>]*/.exec(html.slice(i + (closing ? 2 : 1), i + 64));
    if (!m) {
      const end = html[i + 1] === '!' || html[i + 1] === '?' || closing ? html.indexOf('>', i) : i;
      if (end === -1) break;
      i = end + 1;
      continue;
    }
    const name = m[0].toLowerCase();
    // The end of the tag: quotes count only around an attribute value.
    let k = i + (closing ? 2 : 1) + m[0].length;
    for (; k < html.length && html[k] !== '>'; k++) {
      if (html[k] !== '=') continue;
      k++;
      while (k < html.length && /\s/.test(html[k] as string)) k++;
      const q = html[k];
      if (q === '"' || q === "'") k = html.indexOf(q, k + 1);
      if (k === -1 || html[k] === '>') break;
    }
    if (k === -1 || k >= html.length) break;
    const selfClosing = html[k - 1] === '/';
    i = k + 1;
    if (name === 'html' || name === 'head' || name === 'body') continue;
    if (closing) {
      if (foreign > 0) closeTo([name], -1);
      else if (name === 'li') closeTo([name], scope('ol', 'ul'));
      else if (name === 'p') closeTo([name], scope('button'));
      else if (SPECIAL.has(name) || HEADING.test(name)) closeTo([name], scope());
      else if (FORMATTING.has(name) && last([name]) > scope() && last([name]) < (special.at(-1) ?? -1)) {
        // A formatting element closed around a block (<b><div>…</b>) leaves the stack; the block stays open.
        stack[at.get(name)?.pop() ?? 0] = '';
        dead++;
      } else closeTo([name], special.at(-1) ?? -1);
      continue;
    }
    elements++;
    if (name === 'plaintext') break;
    if (foreign === 0) {
      if (CLOSES_P.has(name)) closeTo(['p'], scope('button'));
      if (name === 'li') closeTo(['li'], stopLi.at(-1) ?? -1);
      if (name === 'dd' || name === 'dt') closeTo(['dd', 'dt'], stopDd.at(-1) ?? -1);
      if (name === 'td' || name === 'th' || name === 'tr') closeTo(['td', 'th'], last(['table', 'template']));
      if (name === 'tr') closeTo(['tr'], last(['table', 'template']));
      if (name === 'tr' && stack.at(-1) === 'table') push('tbody');
      const top = stack.at(-1) ?? '';
      if ((HEADING.test(name) && HEADING.test(top)) || (name === top && /^(a|option|optgroup)$/.test(name)))
        closeTo([top], -1);
    }
    if (RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, 'ig');
      end.lastIndex = i;
      i = end.exec(html)?.index ?? html.length;
      depth = Math.max(depth, stack.length - dead + 1);
      continue;
    }
    if (!VOID.has(name) && !(foreign > 0 && selfClosing)) push(name);
    else depth = Math.max(depth, stack.length - dead + 1);
  }
  return { depth: depth + 2, elements };
}

type Parent = Root | Element;

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
/** Class or id words of the page's frame, and the reason their text is excluded. */
const FRAME_HINTS: readonly [RegExp, string][] = [
  [
    /^(nav|navbar|menu|breadcrumbs?|crumbs?|position|location|dqwz|daohang|header|head|top|logo|sidebar|channel)$/,
    '导航',
  ],
  [/^(footer|foot|bottom|copyright|banquan)$/, '页脚'],
  [/^(share|fenxiang|bdshare|print|tools?|fontsize)$/, '分享'],
];
/** Words of the frame around which no article is looked for at all. */
const NO_BODY = /^(nav|navbar|menu|breadcrumbs?|crumbs?|footer|copyright|share|fenxiang|bdshare)$/;
/** Lines of unmarked page text recognised by their words. */
const LINE_HINTS: readonly [RegExp, string][] = [
  [
    /版权所有|主办单位|承办单位|主办：|承办：|ICP|备案|网站标识码|公网安备|技术支持|网站地图|联系我们|Copyright|©/i,
    '页脚',
  ],
  [/分享到|打印本页|关闭窗口|【打印】|【关闭】|字号|收藏本页|扫一扫/, '分享'],
  [/^首页\s*[>＞»›/]|当前位置|您的位置|所在位置/, '导航'],
];
/** Elements left out with their content, by how the report names them. */
const DROPPED: Record<string, string> = {
  script: 'script element',
  style: 'style element',
  noscript: 'noscript element',
  iframe: 'iframe',
  frame: 'frame',
  object: 'embedded object',
  embed: 'embedded object',
  applet: 'embedded object',
  form: 'form',
  input: 'form control',
  select: 'form control',
  textarea: 'form control',
  template: 'template',
  svg: 'svg image',
  canvas: 'canvas element',
  audio: 'audio element',
  video: 'video element',
  img: 'image',
};

const hanCount = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;

/** The class and id words of an element, lower case, each whole and split at - and _. */
function words(el: Element): string[] {
  const { className, id } = el.properties;
  const names = [...(Array.isArray(className) ? className : []), typeof id === 'string' ? id : ''];
  return names.flatMap((n) => {
    const whole = n.toLowerCase();
    return whole ? [whole, ...whole.split(/[-_]/)] : [];
  });
}

/** Why the text of a frame element (navigation, footer, share buttons) is not policy text. */
function frameReason(el: Element): string | undefined {
  if (el.tagName === 'nav' || el.tagName === 'header') return '导航';
  if (el.tagName === 'footer') return '页脚';
  const w = words(el);
  return FRAME_HINTS.find(([re]) => w.some((x) => re.test(x)))?.[1];
}

/** The text of an element as trimmed, non-empty lines, spaces inside a line collapsed (U+00A0, U+3000 too). */
function linesOf(node: Element): string[] {
  return toText(node)
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter((l) => l !== '');
}

const div = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'div', properties: {}, children });

/** The depth and element count of a parsed tree, walked with an explicit stack. */
function measure(tree: Root): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: [Parent, number][] = [[tree, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, d] = top;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      elements++;
      depth = Math.max(depth, d + 1);
      stack.push([child, d + 1]);
      if (child.content) stack.push([child.content, d + 1]);
    }
  }
  return { depth, elements };
}

/** Every element under a node in document order, each with its parent. */
function elementsIn(root: Parent): { el: Element; parent: Parent }[] {
  const out: { el: Element; parent: Parent }[] = [];
  const stack: { el: Element; parent: Parent }[] = [];
  const pushChildren = (parent: Parent) => {
    for (let k = parent.children.length - 1; k >= 0; k--) {
      const el = parent.children[k] as RootContent;
      if (el.type === 'element') stack.push({ el, parent });
    }
  };
  pushChildren(root);
  for (let top = stack.pop(); top; top = stack.pop()) {
    out.push(top);
    pushChildren(top.el);
  }
  return out;
}

/** Removes what is not text (scripts, styles, forms, images, hidden elements, link targets, event handlers) and says what went. */
function sanitize(tree: Root): string[] {
  const counts = new Map<string, number>();
  const add = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
  const drop = (node: RootContent): boolean => {
    if (node.type !== 'element') return node.type === 'doctype' || node.type === 'comment';
    const what = DROPPED[node.tagName];
    const style = typeof node.properties.style === 'string' ? node.properties.style : '';
    const hidden =
      node.tagName !== 'body' && (node.properties.hidden || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style));
    if (what ?? hidden) add(what ?? 'hidden element');
    return Boolean(what ?? hidden);
  };
  const stack: Parent[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'root') node.children = node.children.filter((c) => !drop(c));
    else node.children = node.children.filter((c) => !drop(c));
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const p = child.properties;
      const handlers = Object.keys(p).filter((k) => /^on/i.test(k));
      if (handlers.length > 0) add('element with event handler attributes');
      if (p.href !== undefined) add('link target');
      if (typeof p.href === 'string' && /^[\s\0-\x1f]*javascript:/i.test(p.href)) add('javascript: link');
      child.properties = Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'href' && !handlers.includes(k)));
      stack.push(child);
    }
  }
  const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const order = [...Object.values(DROPPED), 'hidden element', 'link target', 'javascript: link'];
  const sorted = [...counts].sort(([a], [b]) => (order.indexOf(a) >>> 0) - (order.indexOf(b) >>> 0));
  return sorted.map(([what, n]) =>
    what === 'element with event handler attributes'
      ? `event handler attributes on ${plural(n, 'element')}`
      : plural(n, what),
  );
}

/** Per element: its Han characters, those inside links, and whether it holds a block. */
interface Sums {
  han: number;
  linkHan: number;
  hasBlock: boolean;
}

/** Sums for every element, children before parents. */
function sums(all: { el: Element }[]): Map<Element, Sums> {
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
function findBody(
  all: { el: Element; parent: Parent }[],
  sum: Map<Element, Sums>,
): { el?: Element | undefined; han: number } {
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

/** The nodes under `root` in document order; an element's children are skipped when `into` says no. */
function* nodesIn(root: Parent, into: (el: Element) => boolean): Generator<RootContent> {
  const stack = [...root.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    yield node;
    if (node.type === 'element' && into(node)) stack.push(...[...node.children].reverse());
  }
}

/** A heading that can be the page's title: h1, h2, or an element whose class says title. */
const isTitle = (el: Element) => /^h[12]$/.test(el.tagName) || words(el).includes('title');
const titleText = (el: Element) => linesOf(el).join('');
const usableTitle = (el: Element) => hanCount(titleText(el)) > 0 && titleText(el).length <= 200;

/**
 * The element that is the policy's title: a heading at the top of the body (under 30 Han
 * characters before it), else the last heading before the body with little text (a date line,
 * a 文号, a font-size bar) between them. Headings in the page's frame (a logo in the header) are not titles.
 */
function findTitle(pageBody: Element, body: Element, ancestors: Set<Element>): Element | undefined {
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
function documentTitle(all: { el: Element }[]): string {
  const el = all.find((e) => e.el.tagName === 'title')?.el;
  const parts = el ? titleText(el).split(/\s+[-–—|｜]\s+|[_｜|]/) : [];
  return parts.map((p) => p.trim()).find((p) => p !== '') ?? '';
}

/**
 * The page's text outside the article as lines with the reason each is excluded: the text of a
 * navigation, footer or share element by that element, other lines by their words.
 */
function frameLines(pageBody: Element, all: { el: Element; parent: Parent }[]): { text: string; reason: string }[] {
  const framed = new Set<Element>();
  for (let k = all.length - 1; k >= 0; k--) {
    const { el, parent } = all[k] as { el: Element; parent: Parent };
    if ((framed.has(el) || frameReason(el)) && parent.type === 'element') framed.add(parent);
  }
  const out: { text: string; reason: string }[] = [];
  const emit = (nodes: ElementContent[], reason?: string) => {
    for (const text of linesOf(div(nodes)))
      out.push({ text, reason: reason ?? LINE_HINTS.find(([re]) => re.test(text))?.[1] ?? '页面其他文字' });
  };
  const walk = (children: ElementContent[]) => {
    let group: ElementContent[] = [];
    for (const c of children) {
      const reason = c.type === 'element' ? frameReason(c) : undefined;
      if (c.type !== 'element' || (!reason && !framed.has(c))) {
        group.push(c);
        continue;
      }
      emit(group);
      group = [];
      if (reason) emit([c], reason);
      else walk(c.children);
    }
    emit(group);
  };
  walk(pageBody.children);
  return out;
}

/** Puts `next` in the place of `el` in its parent's children. */
function replace(el: Element, parent: Parent, next?: Element): void {
  const k = parent.children.indexOf(el);
  if (k >= 0) parent.children.splice(k, 1, ...(next ? [next] : []));
}

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
  const bound = ({ depth, elements }: { depth: number; elements: number }) => {
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
