/**
 * The frame of a web page around the article: navigation, header, footer and share buttons,
 * recognised by their element or their class and id words, and the page's text outside the
 * article as lines, each with why it is excluded. The body finder (html-body.ts) asks the same
 * question of every block, so the recognition is written once, here.
 */
import type { Element, ElementContent } from 'hast';
import { div, type ElementAt, linesOf, words } from './html-tree';

/** Class or id words of the page's frame, and the reason their text is excluded. */
const FRAME_HINTS: readonly [RegExp, string][] = [
  [
    /^(nav|navbar|menu|breadcrumbs?|crumbs?|position|location|dqwz|daohang|header|head|top|logo|sidebar|channel)$/,
    '导航',
  ],
  [/^(footer|foot|bottom|copyright|banquan)$/, '页脚'],
  [/^(share|fenxiang|bdshare|print|tools?|fontsize)$/, '分享'],
];
/** Lines of unmarked page text recognised by their words. */
const LINE_HINTS: readonly [RegExp, string][] = [
  [
    /版权所有|主办单位|承办单位|主办：|承办：|ICP|备案|网站标识码|公网安备|技术支持|网站地图|联系我们|Copyright|©/i,
    '页脚',
  ],
  [/分享到|打印本页|关闭窗口|【打印】|【关闭】|字号|收藏本页|扫一扫/, '分享'],
  [/^首页\s*[>＞»›/]|当前位置|您的位置|所在位置/, '导航'],
];

/** Why the text of a frame element (navigation, footer, share buttons) is not policy text. */
export function frameReason(el: Element): string | undefined {
  if (el.tagName === 'nav' || el.tagName === 'header') return '导航';
  if (el.tagName === 'footer') return '页脚';
  const w = words(el);
  return FRAME_HINTS.find(([re]) => w.some((x) => re.test(x)))?.[1];
}

/**
 * The page's text outside the article as lines with the reason each is excluded: the text of a
 * navigation, footer or share element by that element, other lines by their words.
 */
export function frameLines(pageBody: Element, all: ElementAt[]): { text: string; reason: string }[] {
  const framed = new Set<Element>();
  for (let k = all.length - 1; k >= 0; k--) {
    const { el, parent } = all[k] as ElementAt;
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
