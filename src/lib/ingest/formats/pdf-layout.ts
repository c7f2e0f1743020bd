/**
 * Rebuilds a PDF's paragraphs from the positions of its text: lines by baseline, a line joined
 * to the one before when that one runs to the right margin mid-sentence (also across a page
 * break), running marks kept as lines of their own and listed in `excluded`. Pure functions on
 * plain positioned text, with no pdf.js: the reader (pdf.ts) loads the document and hands its
 * items here, so the layout rules can be tested on made-up positions.
 */
import type { ExcludedLine, ExtractedText } from './extracted';
import { type MarkableLine, markRunning } from './pdf-marks';

/** A run of text where the page places it, in PDF points (y grows upwards). */
export interface PositionedText {
  /** The text as the PDF has it, spaces included. */
  str: string;
  /** Where the run starts on the page, from the left. */
  x: number;
  /** The run's baseline, from the bottom of the page. */
  y: number;
  /** How wide the run is. */
  width: number;
  /** The size of its type. */
  size: number;
}

/** A line of a page: its text, where it stands and the size of its type. */
export interface Line extends MarkableLine {
  page: number;
  x: number;
  end: number;
}

/** Han characters, CJK punctuation and full-width forms: text that takes no spaces. */
const CJK = '\\u2014\\u2018-\\u201D\\u2026\\u3000-\\u303F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF';
/** A space pdf.js put between a CJK character and a CJK character, digit or Latin letter (either order). */
const LAYOUT_SPACE = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}0-9A-Za-z])|(?<=[0-9A-Za-z])\\s+(?=[${CJK}])`, 'g');
const SENTENCE_END = /[。！？；：]$/;
const HEADING = new RegExp(
  '^(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十百]+）|\\d+[.．](?!\\d)|' +
    '第[一二三四五六七八九十百千零〇0-9]+[条章节]|附件)',
);

/** Groups a page's items into lines by baseline, top to bottom, items left to right. */
export function pageLines(items: readonly PositionedText[], page: number): Line[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y);
  const groups: PositionedText[][] = [];
  for (const item of sorted) {
    const last = groups.at(-1);
    const tolerance = Math.max(1, 0.4 * item.size);
    if (last && Math.abs(Number(last[0]?.y) - item.y) <= tolerance) last.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let raw = '';
    let end = -Infinity;
    const sizes = new Map<number, number>();
    for (const item of group) {
      const size = item.size;
      const str = item.str.trim().replace(LAYOUT_SPACE, '');
      const gap = item.x - end;
      const latin = /[0-9A-Za-z]$/.test(text) && /^[0-9A-Za-z]/.test(str);
      if (text !== '' && (gap > 1.5 * size || (latin && gap > 0.2 * size))) text += ' ';
      text += str;
      raw += (raw === '' ? '' : ' ') + item.str.trim().replace(/\s+/g, ' ');
      end = Math.max(end, item.x + item.width);
      const rounded = Math.round(size * 2) / 2;
      sizes.set(rounded, (sizes.get(rounded) ?? 0) + str.length);
    }
    const size = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    return { text, raw, page, x: Number(group[0]?.x), end, y: Number(group[0]?.y), size };
  });
}

/** The value that occurs most often (rounded to whole points); the first if all tie. */
function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** A page's text block: where its lines start and end, and the body text's size. */
interface Block {
  left: number;
  right: number;
  size: number;
}

/** Whether a text has a bracket or quote still open: a colon inside （责任单位： does not end it. */
function unclosed(text: string): boolean {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  return count(/（/g) > count(/）/g) || count(/“/g) > count(/”/g) || count(/《/g) > count(/》/g);
}

/**
 * Whether `line` carries on the paragraph `text` whose last line is `prev`. A line that ends a
 * sentence at the right margin is carried on only in a document that indents its paragraphs.
 */
function continues(text: string, prev: Line, line: Line, layout: Layout): boolean {
  const p = layout.blocks[prev.page - 1];
  const b = layout.blocks[line.page - 1];
  if (!p || !b || HEADING.test(line.text)) return false;
  if (prev.size > 1.15 * b.size && Math.abs(prev.size - line.size) < 0.5)
    return prev.page === line.page && prev.y - line.y < 2 * prev.size && !SENTENCE_END.test(text); // a title over two lines
  if (!atMargin(prev, p) || indented(line, b) || Math.abs(prev.size - line.size) >= 1) return false;
  return !SENTENCE_END.test(text) || unclosed(text) || layout.indents;
}

const atMargin = (l: Line, b: Block): boolean => l.end >= b.right - 1.5 * b.size;
const indented = (l: Line, b: Block): boolean => l.x >= b.left + 1.5 * b.size;

/** The text blocks of the pages, and whether the document starts its paragraphs with an indent. */
interface Layout {
  blocks: Block[];
  indents: boolean;
}

/**
 * Whether most paragraphs start indented or with a heading: looked for after the lines that
 * end a sentence short of the right margin, which surely end a paragraph.
 */
function indentsParagraphs(pages: Line[][], blocks: Block[], bodySize: number): boolean {
  const body = pages.flat().filter((l) => !l.mark && Math.abs(l.size - bodySize) < 1);
  let ends = 0;
  let starts = 0;
  body.forEach((l, i) => {
    const next = body[i + 1];
    const b = blocks[l.page - 1];
    const nb = next && blocks[next.page - 1];
    if (!next || !b || !nb || !SENTENCE_END.test(l.text) || atMargin(l, b)) return;
    ends++;
    if (indented(next, nb) || HEADING.test(next.text)) starts++;
  });
  return ends >= 3 && starts / ends >= 0.8;
}

/**
 * The text block of each page: the left margin is the most common line start on the page (the
 * document's when the page has fewer than 3 lines there), the right margin that plus the width
 * that 90% of the document's body lines stay within.
 */
function textBlocks(pages: Line[][], bodySize: number): Block[] {
  const isBody = (l: Line): boolean => !l.mark && Math.abs(l.size - bodySize) < 1;
  const docLeft =
    mode(
      pages
        .flat()
        .filter(isBody)
        .map((l) => l.x),
    ) ?? 0;
  const lefts = pages.map((lines) => {
    const starts = lines.filter(isBody).map((l) => l.x);
    const own = mode(starts);
    return own !== undefined && starts.filter((x) => Math.round(x) === own).length >= 3 ? own : docLeft;
  });
  const widths = pages.flatMap((lines, i) => lines.filter(isBody).map((l) => l.end - (lefts[i] ?? docLeft)));
  const width = percentile(widths, 0.9);
  return lefts.map((left) => ({ left, right: left + width, size: bodySize }));
}

/**
 * Puts the lines of all pages into paragraphs, one a line of the text; running marks go after
 * the paragraph they interrupt and are listed in `excluded`. `dropped` is left empty for the
 * reader to fill. Sets `mark` on the running marks of `pages`.
 */
export function paragraphs(pages: Line[][]): ExtractedText {
  const all = pages.flat();
  const sizes = new Map<number, number>();
  for (const l of all) sizes.set(l.size, (sizes.get(l.size) ?? 0) + l.text.length);
  const bodySize = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  markRunning(pages, bodySize);
  const blocks = textBlocks(pages, bodySize);
  const layout: Layout = { blocks, indents: indentsParagraphs(pages, blocks, bodySize) };
  const out: string[] = [];
  const excluded: ExcludedLine[] = [];
  let current: { text: string; last: Line } | undefined;
  const pending: Line[] = [];
  const flush = (): void => {
    if (current) out.push(current.text);
    current = undefined;
    for (const m of pending.splice(0)) {
      out.push(m.text);
      excluded.push({ line: out.length, text: m.text, reason: m.mark ?? '' });
    }
  };
  for (const line of all) {
    if (line.mark) {
      pending.push(line);
      if (!current) flush();
    } else if (current && continues(current.text, current.last, line, layout)) {
      const space = /[A-Za-z]$/.test(current.text) && /^[A-Za-z]/.test(line.text) ? ' ' : '';
      current = { text: current.text + space + line.text, last: line };
    } else {
      flush();
      current = { text: line.text, last: line };
    }
  }
  flush();
  return { text: out.length ? `${out.join('\n')}\n` : '', excluded, dropped: [] };
}
