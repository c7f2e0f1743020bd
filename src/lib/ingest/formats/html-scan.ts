/**
 * Measures a web page for the HTML reader's bounds: its nesting depth and element count, once
 * from the source by a linear scan of its tags before parsing, because parse5 survives any depth
 * but its conversion to hast recurses and overflows the stack at about 2,000 levels; and once
 * more on the parsed tree, which is the figure that counts. Kept apart from reading the page
 * because it follows the parser's tree-building rules, a job of its own.
 */
import type { Root } from 'hast';
import type { Parent } from './html-tree';

/** How deep a page nests its elements and how many it has. */
export interface PageSize {
  depth: number;
  elements: number;
}

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
export function scanTags(html: string): PageSize {
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

/** The depth and element count of a parsed tree, walked with an explicit stack. */
export function measure(tree: Root): PageSize {
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
