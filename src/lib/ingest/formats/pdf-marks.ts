/**
 * Finds the running marks of a PDF's pages: page numbers, the registration code, the masthead and
 * headers and footers repeated at one place on most pages. They are not the document's words, so
 * the paragraph builder keeps each as a line of its own and lists it in `excluded`; kept apart
 * from that builder because recognising a mark and joining lines into paragraphs are separate
 * questions, each testable on plain lines.
 */

/** What the marks are found on: a line of a page, as the layout builds it. */
export interface MarkableLine {
  text: string;
  /** The text with pdf.js's spaces kept (collapsed): how a page number is written, "— 1 —". */
  raw: string;
  y: number;
  size: number;
  /** Why it is a running mark, or undefined for a line of the document's text. */
  mark?: string;
}

const PAGE_NUMBER = /^[-—–－─]\s*\d+\s*[-—–－─]$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$/;
const REGISTRATION_CODE = /^[A-Z0-9]{4,}-\d{4}-\d+$/;
const MASTHEAD = /^[\u4E00-\u9FFF（）]{2,20}文件$/;

/**
 * Marks page numbers, registration codes, mastheads and lines repeated at one place on most
 * pages, setting `mark` to the reason (a page number's text becomes its `raw` form).
 * `pages` holds each page's lines top to bottom; `bodySize` is the body text's type size.
 */
export function markRunning(pages: MarkableLine[][], bodySize: number): void {
  const key = (l: MarkableLine): string => `${Math.round(l.y / 3)}|${l.text.replace(/\d+/g, '#')}`;
  const seen = new Map<string, Set<number>>();
  const edges = pages.map((lines) => [...lines.slice(0, 2), ...lines.slice(-2)]);
  edges.forEach((lines, i) => {
    for (const l of lines) seen.set(key(l), (seen.get(key(l)) ?? new Set()).add(i));
  });
  const repeatedOn = Math.max(3, Math.ceil(pages.length / 2));
  pages.forEach((lines, i) => {
    for (const l of lines) {
      if (PAGE_NUMBER.test(l.text)) [l.mark, l.text] = ['页码', l.raw];
      else if (REGISTRATION_CODE.test(l.text)) l.mark = '登记号';
      else if (MASTHEAD.test(l.text) && l.size >= 1.5 * bodySize) l.mark = '版头';
      else if (edges[i]?.includes(l) && (seen.get(key(l))?.size ?? 0) >= repeatedOn) l.mark = '页眉页脚';
    }
  });
}
