/**
 * Reads a PDF's text layer with Mozilla's pdf.js and rebuilds the document's paragraphs from
 * the positions of the text items: lines by baseline, a line joined to the one before when that
 * one runs to the right margin mid-sentence (also across a page break). Page numbers, the
 * registration code, the masthead and repeated headers and footers are kept as lines of their
 * own and listed in `excluded`. Scans, garbled text layers and documents past the bounds are
 * refused with an IngestError that says what to do.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS, PasswordException } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api';
import { IngestError } from '../errors';
import type { ExcludedLine, ExtractedText } from './extracted';

/** Bounds on what the reader takes in; past one it refuses the document. */
export interface PdfLimits {
  /** Most pages read; default 500 (a long policy with its annexes has well under 100). */
  maxPages: number;
  /** Most bytes of PDF; default 50 MB. */
  maxBytes: number;
  /** Most characters of extracted text; default 2,000,000 (about 3,000 pages of Chinese). */
  maxChars: number;
  /** Most seconds spent reading, checked between pages; default 60 (the 34-page 2024 policy takes under 1 s). */
  maxSeconds: number;
}

/** The bounds used where the caller does not set them. */
export const DEFAULT_PDF_LIMITS: Readonly<PdfLimits> = {
  maxPages: 500,
  maxBytes: 50 * 1024 * 1024,
  maxChars: 2_000_000,
  maxSeconds: 60,
};

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Characters broken font maps put in place of Chinese punctuation: Private Use Area, Yi syllables (ꎬ ꎮ), U+FFFD. */
const GARBLED = /[\uE000-\uF8FF\uA000-\uA4CF\uFFFD]/g;
/** Share of a page's characters above which its text layer is refused as garbled (one in 200). */
const GARBLED_SHARE = 0.005;

/** Han characters, CJK punctuation and full-width forms: text that takes no spaces. */
const CJK = '\\u2014\\u2018-\\u201D\\u2026\\u3000-\\u303F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF';
/** A space pdf.js put between a CJK character and a CJK character, digit or Latin letter (either order). */
const LAYOUT_SPACE = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}0-9A-Za-z])|(?<=[0-9A-Za-z])\\s+(?=[${CJK}])`, 'g');
const SENTENCE_END = /[。！？；：]$/;
const HEADING = new RegExp(
  '^(?:[一二三四五六七八九十百]+、|（[一二三四五六七八九十百]+）|\\d+[.．](?!\\d)|' +
    '第[一二三四五六七八九十百千零〇0-9]+[条章节]|附件)',
);
const PAGE_NUMBER = /^[-—–－─]\s*\d+\s*[-—–－─]$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$/;
const REGISTRATION_CODE = /^[A-Z0-9]{4,}-\d{4}-\d+$/;
const MASTHEAD = /^[\u4E00-\u9FFF（）]{2,20}文件$/;

/** A line of a page: its text, where it stands and the size of its type. */
interface Line {
  text: string;
  /** The text with pdf.js's spaces kept (collapsed): how a page number is written, "— 1 —". */
  raw: string;
  page: number;
  x: number;
  end: number;
  y: number;
  size: number;
  /** Why it is a running mark, or undefined for a line of the document's text. */
  mark?: string;
}

function fail(message: string): never {
  throw new IngestError(message);
}

function fontSize(item: TextItem): number {
  return Math.hypot(Number(item.transform[0]), Number(item.transform[1])) || item.height;
}

/** Groups a page's items into lines by baseline, top to bottom, items left to right. */
function pageLines(items: TextItem[], page: number): Line[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.transform[5] - a.transform[5]);
  const groups: TextItem[][] = [];
  for (const item of sorted) {
    const last = groups.at(-1);
    const tolerance = Math.max(1, 0.4 * fontSize(item));
    if (last && Math.abs(Number(last[0]?.transform[5]) - Number(item.transform[5])) <= tolerance) last.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.transform[4] - b.transform[4]);
    let text = '';
    let raw = '';
    let end = -Infinity;
    const sizes = new Map<number, number>();
    for (const item of group) {
      const size = fontSize(item);
      const str = item.str.trim().replace(LAYOUT_SPACE, '');
      const gap = Number(item.transform[4]) - end;
      const latin = /[0-9A-Za-z]$/.test(text) && /^[0-9A-Za-z]/.test(str);
      if (text !== '' && (gap > 1.5 * size || (latin && gap > 0.2 * size))) text += ' ';
      text += str;
      raw += (raw === '' ? '' : ' ') + item.str.trim().replace(/\s+/g, ' ');
      end = Math.max(end, Number(item.transform[4]) + item.width);
      const rounded = Math.round(size * 2) / 2;
      sizes.set(rounded, (sizes.get(rounded) ?? 0) + str.length);
    }
    const size = [...sizes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    return { text, raw, page, x: Number(group[0]?.transform[4]), end, y: Number(group[0]?.transform[5]), size };
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

/** Marks page numbers, registration codes, mastheads and lines repeated at one place on most pages. */
function markRunning(pages: Line[][], bodySize: number): void {
  const key = (l: Line): string => `${Math.round(l.y / 3)}|${l.text.replace(/\d+/g, '#')}`;
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

/** Puts the lines of all pages into paragraphs; running marks go after the paragraph they interrupt. */
function paragraphs(pages: Line[][]): ExtractedText {
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

/** Refuses a page whose text layer maps characters to the Private Use Area, Yi syllables or U+FFFD. */
function checkGarbled(name: string, page: number, text: string): void {
  const bad = text.match(GARBLED) ?? [];
  const total = text.replace(/\s/g, '').length;
  if (bad.length === 0 || bad.length / total <= GARBLED_SHARE) return;
  const counts = new Map<string, number>();
  for (const c of bad) counts.set(c, (counts.get(c) ?? 0) + 1);
  const list = [...counts]
    .map(([c, n]) => `${c} (U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}) ×${n}`)
    .join(', ');
  fail(
    `${name}: page ${page} has a garbled text layer: ${list} among ${total} characters; the PDF's fonts map ` +
      "punctuation to other characters; the text cannot be trusted: find another copy of the PDF, or the document's web page",
  );
}

/** Whether a page without text paints an image or many paths (a scan, or text drawn as outlines). */
async function paintsSomething(doc: PDFDocumentProxy, page: number): Promise<boolean> {
  const ops = await (await doc.getPage(page)).getOperatorList();
  const images = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintImageMaskXObjectRepeat,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObjectGroup,
  ]);
  return ops.fnArray.some((op) => images.has(op)) || ops.fnArray.filter((op) => op === OPS.constructPath).length > 20;
}

async function openDocument(
  bytes: Uint8Array,
  name: string,
): Promise<{ doc: PDFDocumentProxy; destroy: () => Promise<void> }> {
  const task = getDocument({
    data: bytes.slice(),
    cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    return { doc: await task.promise, destroy: () => task.destroy() };
  } catch (error) {
    await task.destroy();
    if (error instanceof PasswordException)
      fail(`${name}: the PDF is encrypted with a password; save an unprotected copy, or use the document's web page`);
    const why = error instanceof Error ? error.message : String(error);
    return fail(`${name}: pdf.js cannot read the PDF (${why}); the file is broken or truncated: download it again`);
  }
}

/**
 * The text of a PDF, one paragraph per line, with its running marks listed in `excluded`.
 * Throws IngestError (exit code 2) for a file that is not a PDF, an encrypted or broken one, a
 * page without a text layer, a garbled text layer, or a document past one of `limits`.
 */
export async function readPdf(bytes: Uint8Array, name: string, limits?: Partial<PdfLimits>): Promise<ExtractedText> {
  const bounds: PdfLimits = { ...DEFAULT_PDF_LIMITS, ...limits };
  const started = Date.now();
  if (bytes.length > bounds.maxBytes)
    fail(`${name}: ${bytes.length} bytes, more than the ingest reads (${bounds.maxBytes}); split the document`);
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-'))
    fail(`${name}: not a PDF (no %PDF- header in the first 1024 bytes); check the file's type and download it again`);
  const { doc, destroy } = await openDocument(bytes, name);
  try {
    if (doc.numPages > bounds.maxPages)
      fail(`${name}: ${doc.numPages} pages, more than the ingest reads (${bounds.maxPages}); split the document`);
    const pages: Line[][] = [];
    const dropped: string[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const seconds = (Date.now() - started) / 1000;
      if (seconds > bounds.maxSeconds)
        fail(
          `${name}: reading took more than ${bounds.maxSeconds} s (stopped at page ${n} of ${doc.numPages}); split the document`,
        );
      const content = await (await doc.getPage(n)).getTextContent();
      const items = content.items.filter((i): i is TextItem => 'str' in i);
      const text = items.map((i) => i.str).join('');
      if (text.trim() === '') {
        if (await paintsSomething(doc, n))
          fail(
            `${name}: page ${n} has no text layer (a scanned image?); the ingest does not do OCR: ` +
              "find a PDF with text, or the document's web page",
          );
        dropped.push(`page ${n}: blank (no text, no image)`);
      }
      checkGarbled(name, n, text);
      chars += text.length;
      if (chars > bounds.maxChars)
        fail(
          `${name}: more than ${bounds.maxChars} characters of text by page ${n}, more than the ingest reads; split the document`,
        );
      pages.push(pageLines(items, n));
    }
    const result = paragraphs(pages);
    return { ...result, dropped };
  } finally {
    await destroy();
  }
}
