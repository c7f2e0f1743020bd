/**
 * Reads a PDF's text layer with Mozilla's pdf.js: loads the document within the bounds, takes
 * each page's positioned text items and hands them to the layout (pdf-layout.ts), which rebuilds
 * the paragraphs and lists the running marks (page numbers, the registration code, the masthead,
 * repeated headers and footers) in `excluded`. This file is the only one that touches pdf.js, so
 * it holds the refusals that need it: a file that is not a PDF, an encrypted or broken one, a
 * scan with no text layer, a garbled text layer and a document past the bounds are refused with
 * an IngestError that says what to do.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS, PasswordException } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api';
import { IngestError } from '../errors';
import type { ExtractedText } from './extracted';
import { type Line, pageLines, paragraphs, type PositionedText } from './pdf-layout';

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

function fail(message: string): never {
  throw new IngestError(message);
}

/** The size of an item's type: the scale of its text matrix, else its height. */
function fontSize(item: TextItem): number {
  return Math.hypot(Number(item.transform[0]), Number(item.transform[1])) || item.height;
}

/** A pdf.js text item as the layout takes it: where it stands and the size of its type. */
function positioned(item: TextItem): PositionedText {
  const x = Number(item.transform[4]);
  const y = Number(item.transform[5]);
  return { str: item.str, x, y, width: item.width, size: fontSize(item) };
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
      pages.push(pageLines(items.map(positioned), n));
    }
    const result = paragraphs(pages);
    return { ...result, dropped };
  } finally {
    await destroy();
  }
}
